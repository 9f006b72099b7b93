import type { Diagnosis } from './diagnose.ts'
import type { FromReader, LogFileRequest } from './log-file-reader.ts'
import { handOverPaste } from './paste-handover.ts'
import type { FileProgress } from './read-log-file.ts'

/** Where the reading of a log stands: files opened from disk, or a big paste. */
export interface ReadStatus {
  state: 'reading' | 'done' | 'cancelled' | 'failed'
  progress: FileProgress | null
  /** The findings so far; the whole log's once done. */
  diagnosis: Diagnosis | null
  error?: string
}

/** A reading under way. */
export interface ReadJob {
  /** Stops reading and keeps what was read: the status becomes `cancelled`. */
  cancel: () => void
  /** Drops the reading: no status follows. */
  stop: () => void
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * Reads `sources` (files, or a pasted text) in a worker through the engine run the command
 * line uses, reporting the findings as it goes; where no worker can start (a strict policy, an
 * old browser) it reads them here instead, more slowly but with the same result.
 */
export function startReadJob(
  sources: readonly Blob[] | string,
  onStatus: (status: ReadStatus) => void,
): ReadJob {
  let status: ReadStatus = { state: 'reading', progress: null, diagnosis: null }
  let live = true
  const update = (next: Partial<ReadStatus>): void => {
    if (!live) return
    status = { ...status, ...next }
    onStatus(status)
  }
  let worker: Worker | null = null
  const here = new AbortController()
  const readHere = (): void => {
    worker?.terminate()
    worker = null
    void import('./read-log-file.ts')
      .then(({ readLogFiles }) =>
        readLogFiles(typeof sources === 'string' ? [sources] : sources, {
          signal: here.signal,
          everyMs: 150,
          onProgress: (progress, diagnosis) => update({ progress, diagnosis }),
        }),
      )
      .then(
        (r) => update({ ...r, state: r.cancelled ? 'cancelled' : 'done' }),
        (error: unknown) => update({ state: 'failed', error: messageOf(error) }),
      )
  }
  const onMessage = (event: MessageEvent<FromReader>): void => {
    const m = event.data
    if (m.kind === 'progress') return update({ progress: m.progress, diagnosis: m.diagnosis })
    worker?.terminate()
    if (m.kind === 'failed') return update({ state: 'failed', error: m.message })
    update({
      progress: m.progress,
      diagnosis: m.diagnosis,
      state: m.cancelled ? 'cancelled' : 'done',
    })
  }
  try {
    worker = new Worker(new URL('./log-file.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', onMessage)
    // The worker's script could not run at all: read here, from the start.
    worker.addEventListener('error', () =>
      status.progress === null
        ? readHere()
        : update({ state: 'failed', error: 'the reader stopped' }),
    )
    const w = worker
    const post = (request: LogFileRequest): void => w.postMessage(request)
    if (typeof sources !== 'string') post({ kind: 'read', files: [...sources] })
    else void handOverPaste(post, sources, () => live && worker === w)
  } catch {
    readHere()
  }
  return {
    cancel: () => {
      if (worker === null) here.abort()
      else worker.postMessage({ kind: 'cancel' } satisfies LogFileRequest)
    },
    stop: () => {
      live = false
      worker?.terminate()
      here.abort()
    },
  }
}
