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
    test: /^upstream ssl certificate|^lua ssl certificate verify error|^ssl certificate verify error/,
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
  // The `resolver` directive's own name: nginx will not start, and no upstream is involved.
  {
    test: /^host not found in resolver /,
    verdict: () => ({ cause: null, lookalike: 'resolver-directive' }),
  },
  {
    // Resolver answers nginx could not use: the request waiting on them gets a 502 afterwards.
    test: /^(?:unexpected (?:dns )?response for |unexpected rr type|invalid (?:udp |tcp )?dns response|dns error \(|no (?:a|aaaa|a or cname|cname) (?:or cname )?types? in dns response|wrong ident |dns response is too short|unexpected qname)|failed the initial dns\/balancer resolve|name resolution failed|dns resolution failed|dns server error|failed to (?:query|resolve) (?:dns|the host|host)|\bresolver failed\b/,
    verdict: () => ({ cause: 'dns-resolve-failed' }),
  },
  // FastCGI text that is only the application's own output (debug or info lines, prints)
  // is not a failure: nothing in it says error, warning or anything gone wrong.
  {
    test: /^(?:fastcgi sent in stderr: |php message: )/,
    verdict: (r, message) =>
      TROUBLE.test(message) ? fastcgiStderr(r.message) : { cause: null, lookalike: 'app-output' },
  },
  // A piece of FastCGI's stderr on a line of its own: PHP writes each message on a new line.
  {
    test: /^"?(?:primary script unknown|unable to open primary script)/,
    verdict: (r) => fastcgiStderr(r.message),
  },
  {
    test: /worker_connections are not enough/,
    verdict: (r) => ({
      cause: 'resource-exhaustion',
      ...opt(r.phase === undefined ? undefined : 500),
    }),
  },
  // A size no machine has (a bug or an attack), not memory running out.
  {
    test: /^(?:malloc|posix_memalign|memalign)\(\d{13,}\) failed/,
    verdict: () => ({ cause: null, lookalike: 'absurd-allocation' }),
  },
  {
    test: /^cannot add new server to upstream .*memory exhausted|failed to create fake connection|^(?:malloc|posix_memalign|memalign)\(\d{0,12}\) .*failed|ngx_slab_alloc\(\) failed|no memory in upstream zone/,
    verdict: () => ({ cause: 'resource-exhaustion' }),
  },
  {
    // Tengine's own "no live upstreams"; Lua balancers (OpenResty, Kong, APISIX) with no peer.
    test: /upstream servers are busy or encounter error|failed to set current peer|error while setting current upstream peer|no peer was returned|failed to pick (?:a |up )?(?:server|node|peer)|failed to find valid upstream server|no healthy upstream|failed to get (?:server|peer)/,
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
    test: /^(?:ssl_do_handshake\(\) failed|peer closed connection in ssl handshake|\(ssl: error:)/,
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
  // A message Lua wrote is prefixed with where: `[lua] balancer.lua:12: balance(): `; people
  // leave markdown's bold markers in what they paste.
  const plain = message.includes('**') ? message.replaceAll('**', '') : message
  const text = LUA_PREFIX.test(plain) ? plain.replace(LUA_PREFIX, '') : plain
  for (const rule of RULES) if (rule.test.test(text)) return rule.verdict(reading, text, kind)
  // A line cut short without a mark: the start of a message only nginx writes is that message.
  const whole =
    text.length >= 12 ? WHOLE_MESSAGES.find((known) => known.startsWith(text)) : undefined
  return whole === undefined ? null : byMessage(whole, reading, kind)
}

/** Messages whose start alone is enough to know them (see byMessage). */
const WHOLE_MESSAGES: readonly string[] = [
  'upstream timed out',
  'upstream prematurely closed connection',
  'upstream sent too big header',
  'upstream sent invalid header',
  'host not found in upstream ',
  'no resolver defined to resolve ',
  'no live upstreams',
]

/** Words of FastCGI text that say something went wrong (see the FastCGI rule above). */
const TROUBLE =
  /error|fatal|warn|notice|deprecat|exception|unable|denied|unknown|fail|cannot|can't|stack trace|segmentation|timeout|timed out|memory|refused|not found|no such|undefined|invalid/

const LUA_PREFIX =
  /^(?:stream )?\[(?:lua|kong|apisix)\][^:]{0,200}:\d{1,6}:(?: [\w.:]{1,100}\(\):)? /

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
