import { readLogFiles } from './read-log-file.ts'

/** What the page asks: read these files, or stop and keep what was read. */
export type LogFileRequest = { kind: 'read'; files: File[] } | { kind: 'cancel' }

let reading: AbortController | null = null

// A 200 MB log takes seconds to read: here, the page keeps scrolling and typing smoothly.
self.addEventListener('message', (event: MessageEvent<LogFileRequest>) => {
  const request = event.data
  if (request.kind === 'cancel') {
    reading?.abort()
    return
  }
  const controller = new AbortController()
  reading = controller
  readLogFiles(request.files, {
    signal: controller.signal,
    everyMs: 150,
    onProgress: (progress, diagnosis) =>
      self.postMessage({ kind: 'progress', progress, diagnosis }),
  }).then(
    (result) => self.postMessage({ kind: 'done', ...result }),
    (error: unknown) =>
      self.postMessage({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
  )
})
