import type { Diagnosis } from './diagnose.ts'

/** Reads a pasted text: the engine (see diagnose.ts). */
export type Diagnose = (text: string) => Diagnosis

let engine: Promise<Diagnose> | null = null

/**
 * The engine, loaded once. It is not part of the start page's own script: the page shows (and
 * the log box takes a paste) before it arrives, and the page asks for it as it starts, so it
 * is there by the time a log is.
 */
export function loadEngine(): Promise<Diagnose> {
  engine ??= import('./diagnose.ts').then((module) => module.diagnose)
  return engine
}
