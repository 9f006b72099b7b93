import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { Diagnosis } from './diagnose.ts'
import { startDiagnosisJob } from './diagnosis-job.ts'
import { loadEngine, type Diagnose } from './engine-loader.ts'

/** Up to this many characters the page reads on the main thread (a few milliseconds). */
export const SYNC_LIMIT = 200_000

interface Done {
  text: string
  result: Diagnosis | Error
}

/**
 * The diagnosis of `text` (the latest one ready), and whether a newer one is on its way.
 * Throws what the diagnosis threw, so the nearest error boundary shows it.
 */
export function useDiagnosis(text: string): { diagnosis: Diagnosis | null; pending: boolean } {
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
  const [done, setDone] = useState<Done | null>(null)

  useEffect(() => {
    if (small) return undefined
    const job = startDiagnosisJob(deferred, (result) => setDone({ text: deferred, result }))
    return job.cancel
  }, [small, deferred])

  // The engine could not load (a deploy replaced its file mid-visit): the error boundary says so.
  if (failed !== null) throw failed
  if (quick !== null) return { diagnosis: quick, pending: text !== deferred }
  // The engine is still on its way: a small paste waits for it a moment.
  if (small) return { diagnosis: null, pending: true }
  const pending = done?.text !== deferred || text !== deferred
  if (!pending && done?.result instanceof Error) throw done.result
  const diagnosis = done === null || done.result instanceof Error ? null : done.result
  return { diagnosis, pending }
}
