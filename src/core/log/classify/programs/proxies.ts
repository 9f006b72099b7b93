import type { ProgramRule } from './rule.ts'

/**
 * What other proxies in front of the backend log for the same failures (Heroku's router,
 * Traefik, Caddy): the cause their words name, as nginx's would.
 */
export const PROXY_RULES: readonly ProgramRule[] = [
  // Heroku's router error codes (devcenter.heroku.com/articles/error-codes).
  { source: 'app', cause: 'backend-crash', pattern: /\bat=error code=H(?:10|20)\b/ },
  { source: 'app', cause: 'upstream-read-timeout', pattern: /\bat=error code=H1[25]\b/ },
  { source: 'app', cause: 'upstream-premature-close', pattern: /\bat=error code=H1[38]\b/ },
  { source: 'app', cause: 'no-live-upstreams', pattern: /\bat=error code=H14\b/ },
  { source: 'app', cause: 'upstream-premature-close', pattern: /'502 Bad Gateway' caused by: EOF/ },
  { source: 'app', cause: 'access-log-502', pattern: /Round trip: \S{1,300}, code: 50[24]\b/ },
  {
    source: 'app',
    cause: 'upstream-refused-ipv6',
    pattern: /"msg":"dial tcp (\[[\da-f:]{2,39}\]:\d{1,5}): connect: connection refused"/i,
    keys: ['address'],
  },
  {
    source: 'app',
    cause: 'upstream-refused',
    pattern: /"msg":"dial tcp ([^\s"]{1,300}): connect: connection refused"/,
    keys: ['address'],
  },
]

/** ingress-nginx's controller (klog) naming a Service with nothing behind it. */
export const INGRESS_RULES: readonly ProgramRule[] = [
  {
    source: 'app',
    cause: 'no-live-upstreams',
    pattern:
      /\b[Ss]ervice "?([\w.-]{1,200}\/[\w.-]{1,200})"? does not have any active [Ee]ndpoints?\b/,
    keys: ['service'],
  },
]
