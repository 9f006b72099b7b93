import { useCallback, useEffect, useRef, useState } from 'react'
import type { Diagnosis } from './diagnose.ts'
import type { FileProgress } from './read-log-file.ts'
import type { LogFileRequest } from './log-file.worker.ts'

/** An opened log file (or several) being read, or read. */
export interface OpenLogFile {
  names: string[]
  size: number
  progress: FileProgress | null
  diagnosis: Diagnosis | null
  state: 'reading' | 'done' | 'cancelled' | 'failed'
  error?: string
}

type FromWorker =
  | { kind: 'progress'; progress: FileProgress; diagnosis: Diagnosis }
  | { kind: 'done'; progress: FileProgress; diagnosis: Diagnosis; cancelled: boolean }
  | { kind: 'failed'; message: string }

/**
 * Opens log files from disk and reads them in a worker, streamed, never into the page's
 * memory whole; the findings update as it reads, and Cancel keeps what was read.
 */
export function useLogFile() {
  const [file, setFile] = useState<OpenLogFile | null>(null)
  const worker = useRef<Worker | null>(null)
  const stop = () => {
    worker.current?.terminate()
    worker.current = null
  }
  useEffect(() => stop, [])
  const open = useCallback((files: readonly File[]) => {
    stop()
    if (files.length === 0) return
    const names = files.map((f) => f.name)
    const size = files.reduce((n, f) => n + f.size, 0)
    setFile({ names, size, progress: null, diagnosis: null, state: 'reading' })
    const w = new Worker(new URL('./log-file.worker.ts', import.meta.url), { type: 'module' })
    worker.current = w
    w.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const m = event.data
      if (m.kind === 'progress') {
        setFile((f) => f && { ...f, progress: m.progress, diagnosis: m.diagnosis })
        return
      }
      stop()
      if (m.kind === 'failed') {
        setFile((f) => f && { ...f, state: 'failed', error: m.message })
        return
      }
      const state = m.cancelled ? 'cancelled' : 'done'
      setFile((f) => f && { ...f, progress: m.progress, diagnosis: m.diagnosis, state })
    })
    w.addEventListener('error', () => {
      stop()
      setFile((f) => f && { ...f, state: 'failed', error: 'the reader stopped' })
    })
    w.postMessage({ kind: 'read', files: [...files] } satisfies LogFileRequest)
  }, [])
  const cancel = useCallback(() => {
    worker.current?.postMessage({ kind: 'cancel' } satisfies LogFileRequest)
  }, [])
  const close = useCallback(() => {
    stop()
    setFile(null)
  }, [])
  return { file, open, cancel, close }
}
