import { createLogRun, type LogRun, type LogRunOptions } from '../core/log/run.ts'
import { FIRST_CHECKS } from './first-checks/index.ts'

/**
 * The engine run of 502 Doctor with this content's first checks: the page and the command
 * line both read logs through it, so they show the same findings in the same order with the
 * same first check.
 */
export function createDiagnosisRun(options: Omit<LogRunOptions, 'checks'> = {}): LogRun {
  return createLogRun({ ...options, checks: FIRST_CHECKS })
}
