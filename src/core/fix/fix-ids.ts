/**
 * The stable fix ids of `shared/contract/fix-ids.md`: each names an action that removes a
 * cause. They appear on the page (`data-fix`), in the command line's `--findings` and in
 * outside checks that compare the advice with what fixed real incidents. Add, never rename.
 */
export const FIX_IDS = [
  'start-backend',
  'restart-policy',
  'ready-before-traffic',
  'fix-backend-config',
  'bind-all-interfaces',
  'point-to-listening-address',
  'use-service-name',
  'use-ipv4-loopback',
  'open-network-path',
  'move-port-conflict',
  'fix-socket-path',
  'fix-socket-permissions',
  'selinux-allow-connect',
  'raise-socket-backlog',
  'raise-read-timeout',
  'speed-up-backend',
  'more-backend-workers',
  'raise-pm-max-children',
  'kill-stuck-workers',
  'fail-fast',
  'align-keepalive-timeouts',
  'http11-keepalive-headers',
  'dont-force-connection-upgrade',
  'websocket-upgrade-headers',
  'remove-upstream-keepalive',
  'uwsgi-buffer-size',
  'retry-next-upstream',
  'fix-backend-crash',
  'upgrade-backend',
  'disable-php-extension',
  'add-memory',
  'reduce-backend-memory',
  'fix-php-error',
  'fix-script-filename',
  'raise-header-buffers',
  'shrink-response-headers',
  'match-upstream-protocol',
  'fix-backend-response',
  'add-resolver',
  'fix-resolver-address',
  're-resolve-upstream',
  'resolver-ipv4-only',
  'fix-upstream-name',
  'proxy-ssl-server-name',
  'trust-upstream-ca',
  'match-tls-settings',
  'raise-worker-connections',
  'raise-nofile',
  'widen-ephemeral-ports',
  'tune-max-fails',
  'fix-ingress-endpoints',
  'remove-server-down',
  'bypass-cdn-origin',
  'align-front-timeouts',
] as const

/** One fix action, as named in the contract. */
export type FixId = (typeof FIX_IDS)[number]

const FIX_SET: ReadonlySet<string> = new Set(FIX_IDS)

/** True when `value` is one of the contract's fix ids (validates untrusted input). */
export function isFixId(value: unknown): value is FixId {
  return typeof value === 'string' && FIX_SET.has(value)
}
