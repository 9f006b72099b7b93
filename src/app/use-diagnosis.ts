import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { diagnose, type Diagnosis } from './diagnose.ts'
import { startDiagnosisJob } from './diagnosis-job.ts'

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
  const quick = useMemo(() => (small ? diagnose(deferred) : null), [small, deferred])
  const [done, setDone] = useState<Done | null>(null)

  useEffect(() => {
    if (small) return undefined
    const job = startDiagnosisJob(deferred, (result) => setDone({ text: deferred, result }))
    return job.cancel
  }, [small, deferred])

  if (quick !== null) return { diagnosis: quick, pending: text !== deferred }
  const pending = done?.text !== deferred || text !== deferred
  if (!pending && done?.result instanceof Error) throw done.result
  const diagnosis = done === null || done.result instanceof Error ? null : done.result
  return { diagnosis, pending }
}
