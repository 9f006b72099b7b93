import type { Diagnosis, recheck } from './diagnose.ts'

/** Reads a pasted text: the engine (see diagnose.ts). */
export type Diagnose = (text: string) => Diagnosis

/** The engine's two entry points: a whole diagnosis, and the first checks for a new setup. */
export interface Engine {
  diagnose: Diagnose
  recheck: typeof recheck
}

let engine: Promise<Engine> | null = null
let loaded: Engine | null = null

/**
 * The engine, loaded once. It is not part of the start page's own script: the page shows (and
 * the log box takes a paste) before it arrives, and the page asks for it as it starts, so it
 * is there by the time a log is.
 */
export function loadEngine(): Promise<Engine> {
  engine ??= import('./diagnose.ts').then(({ diagnose, recheck }) => {
    loaded = { diagnose, recheck }
    return loaded
  })
  return engine
}

/** The engine if it has arrived: whatever shows findings got them from it, so it has. */
export function loadedEngine(): Engine | null {
  return loaded
}
