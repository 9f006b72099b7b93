import type { CauseId } from '../core/causes.ts'
import { createLogRun, type LogRun, type LogRunOptions } from '../core/log/run.ts'
import { CAUSE_SUMMARIES } from './causes.ts'

/** The first check of every cause, as a template the run fills from the log. */
export const FIRST_CHECKS: Readonly<Record<CauseId, string>> = Object.fromEntries(
  Object.entries(CAUSE_SUMMARIES).map(([cause, summary]) => [cause, summary.firstCheck]),
) as Record<CauseId, string>

/**
 * The engine run of 502 Doctor with this content's first checks: the page and the command
 * line both read logs through it, so they show the same findings in the same order with the
 * same first check.
 */
export function createDiagnosisRun(options: Omit<LogRunOptions, 'checks'> = {}): LogRun {
  return createLogRun({ ...options, checks: FIRST_CHECKS })
}
