import { useCallback, useEffect, useRef, useState } from 'react'
import { startReadJob, type ReadJob, type ReadStatus } from './read-job.ts'

/** An opened log file (or several) being read, or read. */
export interface OpenLogFile extends ReadStatus {
  names: string[]
  size: number
}

/**
 * Opens log files from disk and reads them in a worker, streamed, never into the page's
 * memory whole; the findings update as it reads, and Cancel keeps what was read.
 */
export function useLogFile() {
  const [file, setFile] = useState<OpenLogFile | null>(null)
  const job = useRef<ReadJob | null>(null)
  const stop = () => {
    job.current?.stop()
    job.current = null
  }
  useEffect(() => stop, [])
  const open = useCallback((files: readonly File[]) => {
    stop()
    if (files.length === 0) return
    const names = files.map((f) => f.name)
    const size = files.reduce((n, f) => n + f.size, 0)
    setFile({ names, size, progress: null, diagnosis: null, state: 'reading' })
    job.current = startReadJob(files, (status) => setFile({ names, size, ...status }))
  }, [])
  const cancel = useCallback(() => job.current?.cancel(), [])
  const close = useCallback(() => {
    stop()
    setFile(null)
  }, [])
  return { file, open, cancel, close }
}
