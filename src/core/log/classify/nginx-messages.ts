import type { MessageReading } from '../read/message.ts'
import type { UpstreamKind, Verdict } from './verdict.ts'

const HEADER_PHASES: ReadonlySet<string> = new Set([
  'connecting to upstream',
  'SSL handshaking to upstream',
  'sending request to upstream',
  'reading response header from upstream',
])

/** The phases in which nginx talks to the upstream (catalog §1.4). */
export const UPSTREAM_PHASES: ReadonlySet<string> = new Set([...HEADER_PHASES, 'reading upstream'])

/** Status for a failure on the upstream: 502/504 before the header, unchanged after it. */
export function statusFor(phase: string | undefined, beforeHeader: number): number | undefined {
  if (phase === undefined || HEADER_PHASES.has(phase)) return beforeHeader
  return undefined
}

/** Spreads `{ status }` only when it is known (exactOptionalPropertyTypes forbids undefined). */
export function opt(status: number | undefined): { status?: number } {
  return status === undefined ? {} : { status }
}

/**
 * One family of messages: a test on the lower-cased message and what it is evidence of. The
 * first rule that matches decides. Messages of OpenResty, Tengine, Kong and APISIX are here
 * too: they are written by nginx's logger, behind `[lua] file.lua:12: ` when Lua wrote them.
 */
interface MessageRule {
  test: RegExp
  verdict: (reading: MessageReading, message: string, kind: UpstreamKind) => Verdict
}

const RULES: readonly MessageRule[] = [
  { test: /^upstream timed out/, verdict: (r) => timedOut(r.phase) },
  { test: /^no live upstreams/, verdict: () => ({ cause: 'no-live-upstreams', status: 502 }) },
  {
    test: /^upstream prematurely closed/,
    verdict: (r) => ({ cause: 'upstream-premature-close', ...opt(statusFor(r.phase, 502)) }),
  },
  {
    test: /^upstream sent too big header/,
    verdict: () => ({ cause: 'header-too-big', status: 502 }),
  },
  {
    test: /^upstream ssl certificate|lua ssl certificate verify error|^ssl certificate verify error/,
    verdict: () => ({ cause: 'upstream-ssl', status: 502 }),
  },
  {
    test: /^no resolver defined to resolve/,
    verdict: () => ({ cause: 'dns-no-resolver', status: 502 }),
  },
  {
    test: / could not be resolved(?: \(|$)/,
    verdict: () => ({ cause: 'dns-resolve-failed', status: 502 }),
  },
  // At start-up or reload: nginx refuses to start, so there is no status.
  { test: /^host not found in upstream /, verdict: () => ({ cause: 'dns-resolve-failed' }) },
  {
    // Resolver answers nginx could not use: the request waiting on them gets a 502 afterwards.
    test: /^(?:unexpected (?:dns )?response for |unexpected rr type|invalid (?:udp |tcp )?dns response|dns error \(|no (?:a|aaaa|a or cname|cname) (?:or cname )?types? in dns response|wrong ident |dns response is too short|unexpected qname|failed the initial dns\/balancer resolve|name resolution failed|dns server error|failed to (?:query|resolve) (?:dns|the host|host))/,
    verdict: () => ({ cause: 'dns-resolve-failed' }),
  },
  { test: /^fastcgi sent in stderr: /, verdict: (r) => fastcgiStderr(r.message) },
  // A piece of FastCGI's stderr on a line of its own: PHP writes each message on a new line.
  { test: /^php message: /, verdict: (r) => fastcgiStderr(r.message) },
  {
    test: /worker_connections are not enough/,
    verdict: (r) => ({
      cause: 'resource-exhaustion',
      ...opt(r.phase === undefined ? undefined : 500),
    }),
  },
  {
    test: /^cannot add new server to upstream .*memory exhausted|failed to create fake connection|^(?:malloc|posix_memalign|memalign)\(\) .*failed/,
    verdict: () => ({ cause: 'resource-exhaustion' }),
  },
  {
    // Tengine's own "no live upstreams"; Lua balancers (OpenResty, Kong, APISIX) with no peer.
    test: /upstream servers are busy or encounter error|failed to set current peer|failed to pick (?:a |up )?(?:server|node|peer)|failed to find valid upstream server|no healthy upstream|failed to get (?:server|peer)/,
    verdict: () => ({ cause: 'no-live-upstreams', status: 502 }),
  },
  {
    test: /^upstream (?:sent |rejected request|prematurely sent response)|^memcached sent invalid|^invalid header after joining fastcgi records/,
    verdict: (r, message) => invalidResponse(message, r.phase),
  },
  {
    test: /^ssl_(?:read|write)\(\) failed \(ssl:/,
    verdict: (r) =>
      r.phase !== undefined && UPSTREAM_PHASES.has(r.phase)
        ? { cause: 'upstream-ssl', ...opt(statusFor(r.phase, 502)) }
        : { cause: null, lookalike: 'client-tls' },
  },
  {
    test: /^(?:ssl_do_handshake\(\) failed|peer closed connection in ssl handshake)/,
    verdict: (r) =>
      r.phase === 'SSL handshaking to upstream'
        ? { cause: 'upstream-ssl', status: 502 }
        : { cause: null, lookalike: 'client-tls' },
  },
]

/** The verdict the message alone decides, or null when the system call's errno must. */
export function byMessage(
  message: string,
  reading: MessageReading,
  kind: UpstreamKind,
): Verdict | null {
  // A message Lua wrote is prefixed with where: `[lua] balancer.lua:12: balance(): `.
  const text = message.startsWith('[') ? message.replace(LUA_PREFIX, '') : message
  for (const rule of RULES) if (rule.test.test(text)) return rule.verdict(reading, text, kind)
  return null
}

const LUA_PREFIX = /^\[(?:lua|kong|apisix)\][^:]{0,200}:\d{1,6}:(?: [\w.:]{1,100}\(\):)? /

function timedOut(phase: string | undefined): Verdict {
  if (phase === 'connecting to upstream') return { cause: 'upstream-connect-timeout', status: 504 }
  if (phase === 'SSL handshaking to upstream') {
    return { cause: 'upstream-connect-timeout', status: 504, alternative: 'upstream-ssl' }
  }
  if (phase !== undefined && UPSTREAM_PHASES.has(phase)) {
    return { cause: 'upstream-read-timeout', ...opt(statusFor(phase, 504)) }
  }
  return { cause: 'upstream-read-timeout', status: 504 }
}

function invalidResponse(message: string, phase: string | undefined): Verdict {
  // HTTP/0.9 passthrough: nginx relays the bytes and logs status 009, not a 502.
  if (message === 'upstream sent no valid http/1.0 header') {
    return { cause: 'invalid-response', status: 9 }
  }
  if (message.startsWith('invalid header after joining')) {
    return { cause: 'invalid-response', status: 500 }
  }
  return { cause: 'invalid-response', ...opt(statusFor(phase, 502)) }
}

function fastcgiStderr(message: string): Verdict {
  if (/Primary script unknown|Unable to open primary script/i.test(message)) {
    return { cause: 'fastcgi-stderr', status: 404 }
  }
  if (/has been denied \(see security\.limit_extensions\)/i.test(message)) {
    return { cause: 'fastcgi-stderr', status: 403 }
  }
  if (/PHP (?:Fatal|Parse) error/i.test(message)) return { cause: 'fastcgi-stderr', status: 500 }
  return { cause: 'fastcgi-stderr' }
}
