import type { CommandStep } from '../../core/fix/types.ts'
import type { CauseId } from '../../core/causes.ts'

/**
 * The first checks of the causes of this area, most telling first: the page's "Start here" and
 * the command line's `check` take the first that fits the setup and that the log can fill.
 * Each guide's checks start with these (see guides.test.ts).
 */
export const CONNECT_CHECKS = {
  'upstream-refused': [{ kind: 'command', text: 'ss -tlnp | grep -- ":{port} "' }],
  'upstream-refused-ipv6': [{ kind: 'command', text: 'ss -tlnp | grep -- ":{port} "' }],
  'upstream-unreachable': [{ kind: 'command', text: 'ip route get {host}' }],
  'upstream-connect-timeout': [
    { kind: 'command', text: 'curl -sv --max-time 5 -o /dev/null http://{address}/' },
  ],
  'no-live-upstreams': [
    { kind: 'command', text: 'nginx -T 2>/dev/null | grep -A8 "upstream {host}"' },
  ],
  'dns-no-resolver': [
    { kind: 'command', text: 'nginx -T 2>/dev/null | grep -nE "resolver|proxy_pass"' },
  ],
  'dns-resolve-failed': [{ kind: 'command', text: 'getent hosts {host}' }],
  'upstream-ssl': [
    { kind: 'command', text: 'openssl s_client -connect {address} -servername {host} </dev/null' },
  ],
  'access-log-502': [{ kind: 'command', text: 'nginx -T 2>/dev/null | grep -n error_log' }],
  'resource-exhaustion': [
    { kind: 'command', text: 'cat /proc/$(cat /run/nginx.pid)/limits | grep "open files"' },
  ],
} satisfies Partial<Record<CauseId, readonly CommandStep[]>>
