import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { Diagnosis } from './diagnose.ts'
import { loadEngine, type Diagnose } from './engine-loader.ts'
import { startReadJob, type ReadJob, type ReadStatus } from './read-job.ts'

/** Up to this many characters the page reads on the main thread (a few milliseconds). */
export const SYNC_LIMIT = 200_000

/** A big paste's reading in the background, with a way to stop it or read it again. */
export interface PasteReading {
  status: ReadStatus
  /** The paste's length, which the progress counts against. */
  size: number
  cancel: () => void
  /** Reads the whole paste again after a Cancel. */
  again: () => void
}

interface Read {
  text: string
  round: number
  status: ReadStatus
}

/**
 * The diagnosis of `text` (the latest one ready), and whether a newer one is on its way. A big
 * paste is read the way an opened file is (in a worker, streamed, findings as it reads).
 * Throws what the diagnosis threw, so the nearest error boundary shows it.
 */
export function useDiagnosis(text: string): {
  diagnosis: Diagnosis | null
  pending: boolean
  reading: PasteReading | null
} {
  const deferred = useDeferredValue(text)
  const small = deferred.length <= SYNC_LIMIT
  const [engine, setEngine] = useState<Diagnose | null>(null)
  const [failed, setFailed] = useState<Error | null>(null)
  useEffect(() => {
    let live = true
    loadEngine().then(
      ({ diagnose }) => live && setEngine(() => diagnose),
      (error: unknown) =>
        live && setFailed(error instanceof Error ? error : new Error(String(error))),
    )
    return () => {
      live = false
    }
  }, [])
  const quick = useMemo(
    () => (small && engine !== null ? engine(deferred) : null),
    [small, deferred, engine],
  )
  const [read, setRead] = useState<Read | null>(null)
  const job = useRef<ReadJob | null>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    if (small) return undefined
    const started = startReadJob(deferred, (status) => setRead({ text: deferred, round, status }))
    job.current = started
    return started.stop
  }, [small, deferred, round])
  const cancel = useCallback(() => job.current?.cancel(), [])
  const again = useCallback(() => setRound((n) => n + 1), [])

  // The engine could not load (a deploy replaced its file mid-visit): the error boundary says so.
  if (failed !== null) throw failed
  if (quick !== null) return { diagnosis: quick, pending: text !== deferred, reading: null }
  // The engine is still on its way: a small paste waits for it a moment.
  if (small) return { diagnosis: null, pending: true, reading: null }
  const status: ReadStatus =
    read?.text === deferred && read.round === round
      ? read.status
      : { state: 'reading', progress: null, diagnosis: null }
  if (status.state === 'failed') throw new Error(status.error ?? 'the reader stopped')
  const pending = status.state === 'reading' || text !== deferred
  const reading = { status, size: deferred.length, cancel, again }
  return { diagnosis: status.diagnosis, pending, reading }
}
