import { diagnose, type Diagnosis } from './diagnose.ts'

/** A diagnosis running in the background; cancelling drops its result. */
export interface DiagnosisJob {
  cancel: () => void
}

function diagnoseHere(text: string): Diagnosis | Error {
  try {
    return diagnose(text)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/**
 * Diagnoses `text` in a worker, or on the main thread when no worker can start. `onDone` gets
 * the diagnosis, or the error it failed with.
 */
export function startDiagnosisJob(
  text: string,
  onDone: (result: Diagnosis | Error) => void,
): DiagnosisJob {
  let cancelled = false
  let worker: Worker | null = null
  const finish = (result: Diagnosis | Error): void => {
    worker?.terminate()
    if (!cancelled) onDone(result)
  }
  const fallback = (): void => {
    worker?.terminate()
    setTimeout(() => {
      if (!cancelled) finish(diagnoseHere(text))
    }, 0)
  }
  try {
    worker = new Worker(new URL('./diagnose.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<Diagnosis>) => finish(event.data))
    worker.addEventListener('error', fallback)
    worker.postMessage(text)
  } catch {
    fallback()
  }
  return {
    cancel: () => {
      cancelled = true
      worker?.terminate()
    },
  }
}
