/**
 * The stable cause ids of `shared/contract/cause-ids.md`. They appear in permalinks, in the
 * command line's output and in outside checks: add new ones, never rename or remove one.
 */
export const CAUSE_IDS = [
  'upstream-refused',
  'upstream-refused-ipv6',
  'upstream-unreachable',
  'upstream-connect-timeout',
  'upstream-read-timeout',
  'upstream-premature-close',
  'upstream-reset',
  'upstream-broken-pipe',
  'header-too-big',
  'invalid-response',
  'no-live-upstreams',
  'socket-missing',
  'permission-denied',
  'dns-no-resolver',
  'dns-resolve-failed',
  'upstream-ssl',
  'fastcgi-stderr',
  'resource-exhaustion',
  'php-fpm-max-children',
  'oom-kill',
  'selinux-denied',
  'backend-crash',
  'access-log-502',
] as const

/** One cause of a gateway error, as named in the contract. */
export type CauseId = (typeof CAUSE_IDS)[number]

const CAUSE_SET: ReadonlySet<string> = new Set(CAUSE_IDS)

/** True when `value` is one of the contract's cause ids (used to validate untrusted input). */
export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && CAUSE_SET.has(value)
}
