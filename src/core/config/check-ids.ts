import type { CauseId } from '../causes.ts'

/**
 * The stable configuration check ids of `shared/contract/config-checks.md`, with the causes
 * each mistake explains. They appear on the page (`data-check`) and in `--findings`' `config`.
 */
export const CONFIG_CHECK_EXPLAINS = {
  'localhost-ipv6-first': ['upstream-refused-ipv6', 'no-live-upstreams'],
  'loopback-in-container': ['upstream-refused'],
  'keepalive-without-http11': ['upstream-premature-close', 'upstream-reset'],
  'connection-header-forced': ['upstream-premature-close', 'upstream-reset'],
  'keepalive-timeout-over-backend-idle': ['upstream-premature-close', 'upstream-reset'],
  'variable-pass-without-resolver': ['dns-no-resolver', 'dns-resolve-failed'],
  'hostname-resolved-once': [
    'upstream-refused',
    'upstream-connect-timeout',
    'upstream-unreachable',
  ],
  'header-buffer-too-small': ['header-too-big'],
  'read-timeout-too-short': ['upstream-read-timeout'],
  'fastcgi-socket-mismatch': ['socket-missing'],
  'socket-owner-mismatch': ['permission-denied'],
  'protocol-mismatch': ['invalid-response', 'upstream-ssl', 'upstream-reset'],
  'ssl-upstream-without-sni': ['upstream-ssl'],
  'max-fails-single-server': ['no-live-upstreams'],
  'server-marked-down': ['no-live-upstreams'],
  'next-upstream-non-idempotent': [],
  'worker-connections-over-nofile': ['resource-exhaustion'],
  'proxy-loop': ['resource-exhaustion', 'upstream-read-timeout'],
} as const satisfies Record<string, readonly CauseId[]>

/** One configuration mistake, as named in the contract. */
export type ConfigCheckId = keyof typeof CONFIG_CHECK_EXPLAINS

/** Every check id, in the contract's order. */
export const CONFIG_CHECK_IDS = Object.keys(CONFIG_CHECK_EXPLAINS) as ConfigCheckId[]

/** Whether an untrusted value is a config check id (a shared link's, a saved session's). */
export function isConfigCheckId(value: unknown): value is ConfigCheckId {
  return typeof value === 'string' && Object.hasOwn(CONFIG_CHECK_EXPLAINS, value)
}
