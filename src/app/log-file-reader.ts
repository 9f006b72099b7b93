import type { Diagnosis } from './diagnose.ts'
import { readLogFiles, type FileProgress, type LogSource } from './read-log-file.ts'

/**
 * What the page asks the reader: read these files; read a paste, whose parts follow (posting a
 * 50 MB text at once would hold the page for half a second); stop and keep what was read.
 */
export type LogFileRequest =
  | { kind: 'read'; files: Blob[] }
  | { kind: 'paste'; size: number }
  | { kind: 'part'; text: string }
  | { kind: 'end' }
  | { kind: 'cancel' }

/** What the reader answers: the findings so far, then the last ones, or why it failed. */
export type FromReader =
  | { kind: 'progress'; progress: FileProgress; diagnosis: Diagnosis }
  | { kind: 'done'; progress: FileProgress; diagnosis: Diagnosis; cancelled: boolean }
  | { kind: 'failed'; message: string }

/** The little of a worker's global scope the reader uses. */
export interface ReaderScope {
  addEventListener: (type: 'message', listener: (event: { data: LogFileRequest }) => void) => void
  postMessage: (message: FromReader) => void
}

/** Answers the page's requests in a worker (log-file.worker.ts; the bench builds its own). */
export function serveLogFiles(scope: ReaderScope): void {
  let reading: AbortController | null = null
  let feed: ReadableStreamDefaultController<string> | null = null
  const read = (sources: LogSource[]): void => {
    const controller = new AbortController()
    reading = controller
    readLogFiles(sources, {
      signal: controller.signal,
      everyMs: 150,
      onProgress: (progress, diagnosis) =>
        scope.postMessage({ kind: 'progress', progress, diagnosis }),
    }).then(
      (result) => scope.postMessage({ kind: 'done', ...result }),
      (error: unknown) =>
        scope.postMessage({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
  }
  // A part arriving after a Cancel finds the paste's stream closed: it is dropped.
  const toFeed = (step: (c: ReadableStreamDefaultController<string>) => void): void => {
    try {
      if (feed !== null) step(feed)
    } catch {
      feed = null
    }
  }
  scope.addEventListener('message', ({ data }) => {
    if (data.kind === 'cancel') reading?.abort()
    else if (data.kind === 'read') read(data.files)
    else if (data.kind === 'part') toFeed((c) => c.enqueue(data.text))
    else if (data.kind === 'end') toFeed((c) => c.close())
    else {
      const parts = new ReadableStream<string>({
        start: (c) => void (feed = c),
        cancel: () => void (feed = null),
      })
      read([{ parts, size: data.size }])
    }
  })
}
