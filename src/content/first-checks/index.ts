import type { CauseId } from '../../core/causes.ts'
import type { CommandStep } from '../../core/fix/types.ts'
import { BACKEND_CHECKS } from './backend.ts'
import { CONNECT_CHECKS } from './connect.ts'
import { PHP_CHECKS } from './php.ts'

/**
 * The first checks of every cause, most telling first. Small on purpose: the start page's
 * engine fills the "Start here" check from them before the guides have loaded.
 */
export const FIRST_CHECKS: Readonly<Record<CauseId, readonly CommandStep[]>> = {
  ...CONNECT_CHECKS,
  ...PHP_CHECKS,
  ...BACKEND_CHECKS,
}
