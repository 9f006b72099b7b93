import type { Diagnosis } from './diagnose.ts'
import { loadEngine } from './engine-loader.ts'

/** A diagnosis running in the background; cancelling drops its result. */
export interface DiagnosisJob {
  cancel: () => void
}

async function diagnoseHere(text: string): Promise<Diagnosis | Error> {
  try {
    return (await loadEngine()).diagnose(text)
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
      if (!cancelled) void diagnoseHere(text).then(finish)
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
