import type { CauseId } from '../causes.ts'
import { detach } from './detach.ts'
import { errnoName, type ErrnoName } from './errno.ts'
import { isIpv6Host } from './upstream.ts'
import type { LineFacts } from './types.ts'

/** What one nginx error entry is evidence of. */
export interface Verdict {
  cause: CauseId | null
  /** Status the client got, when the catalog lets us derive it. */
  status?: number
  /** Why a look-alike is not evidence. */
  lookalike?: string
  /** The other plausible reading of an ambiguous entry. */
  alternative?: CauseId
}

const NULL: Verdict = { cause: null }
const HEADER_PHASES = new Set([
  'connecting to upstream',
  'SSL handshaking to upstream',
  'sending request to upstream',
  'reading response header from upstream',
])
const UPSTREAM_PHASES = new Set([...HEADER_PHASES, 'reading upstream'])
const IO_CALL =
  /^(?:recv|readv|writev|send|sendfile|SSL_read|SSL_write|WSARecv|WSASend)\(\) failed$/
const CONNECT_CALL =
  /^(?:connect\(\) (?:to \S+ )?failed|kevent\(\) reported that connect\(\) (?:to \S+ )?failed)$/
const LOOKALIKE_MESSAGES: readonly [RegExp, string][] = [
  [
    /client prematurely closed connection|client canceled stream|client terminated stream/,
    'client-closed',
  ],
  [/^upstream server temporarily disabled/, 'follow-on'],
  [/^a client request body is buffered|^an upstream response is buffered/, 'follow-on'],
  [
    /^upstream sent (?:more data than specified|data after|duplicate header line: .*, ignored$|too big early hints)/,
    'follow-on',
  ],
  [/^auth request unexpected status/, 'follow-on'],
  [/worker_connections are not enough, reusing connections/, 'early-warning'],
]

/** Status for a failure on the upstream: 502/504 before the header, unchanged after it. */
function statusFor(phase: string | undefined, beforeHeader: number): number | undefined {
  if (phase === undefined || HEADER_PHASES.has(phase)) return beforeHeader
  return undefined
}

/**
 * Names the cause of one nginx error entry from its facts, following the nginx source catalog:
 * the message decides, the errno and the `while ...` phase refine, and look-alikes (client
 * aborts, follow-on warnings, client TLS, WebSocket, OCSP) come out `null`.
 */
export function classifyErrorEntry(facts: LineFacts): Verdict {
  // Logs repeat the same few messages endlessly, and the verdict depends only on the facts
  // compared here. Keyed by the message alone, so no key string is built for every line.
  const message = facts.message ?? ''
  const kind = upstreamKind(facts.upstream)
  const known = remembered.get(message)
  if (known !== undefined) {
    for (const entry of known) {
      if (
        entry.phase === facts.phase &&
        entry.errno === facts.errno &&
        entry.kind === kind &&
        entry.source === facts.source &&
        entry.errnoText === facts.errnoText
      ) {
        return entry.verdict
      }
    }
  }
  if (size >= REMEMBER) {
    remembered.clear()
    size = 0
  }
  const verdict = classifyUncached(facts)
  const { source, phase, errno, errnoText } = facts
  // Detached: the cache outlives the chunk of the log these strings were cut from.
  const entry: Remembered = {
    source,
    phase: phase === undefined ? undefined : detach(phase),
    errno,
    errnoText: errnoText === undefined ? undefined : detach(errnoText),
    kind,
    verdict,
  }
  // A message seen with very many different errno texts is not worth searching through.
  if (known === undefined || size === 0 || known.length >= 32) {
    remembered.set(detach(message), [entry])
  } else known.push(entry)
  size += 1
  return verdict
}

/**
 * What of an upstream can change a verdict (see connectFailed): its kind, not its name. Caches
 * of verdicts key on it.
 */
export function upstreamKind(upstream: LineFacts['upstream']): string {
  if (upstream === undefined) return ''
  if (upstream.socket !== null) return 'unix'
  const host = upstream.host
  if (host === '0.0.0.1' || host === '::1') return host
  return isIpv6Host(host) ? 'v6' : 'v4'
}

interface Remembered {
  source: LineFacts['source']
  phase: string | undefined
  errno: number | undefined
  errnoText: string | undefined
  kind: string
  verdict: Verdict
}

const REMEMBER = 4096
const remembered = new Map<string, Remembered[]>()
let size = 0

function classifyUncached(facts: LineFacts): Verdict {
  const message = facts.message ?? ''
  if (facts.source === 'nginx-stream') {
    const inner = classifyUncached({ ...facts, source: 'nginx-error' })
    return inner.cause === null
      ? NULL
      : { cause: null, lookalike: 'stream-proxy', alternative: inner.cause }
  }
  for (const [pattern, why] of LOOKALIKE_MESSAGES) {
    if (pattern.test(message)) return { cause: null, lookalike: why }
  }
  const phase = facts.phase
  if (phase === 'proxying upgraded connection') return { cause: null, lookalike: 'websocket' }
  if (phase !== undefined && /certificate status|OCSP/i.test(phase + message)) {
    return { cause: null, lookalike: 'ocsp-resolver' }
  }
  return (
    byMessage(message, facts) ??
    bySystemCall(message, facts, errnoName(facts.errno, facts.errnoText)) ??
    NULL
  )
}

function byMessage(message: string, facts: LineFacts): Verdict | null {
  const phase = facts.phase
  if (message === 'upstream timed out') return timedOut(phase)
  if (message === 'no live upstreams') return { cause: 'no-live-upstreams', status: 502 }
  if (message.startsWith('upstream prematurely closed')) {
    return { cause: 'upstream-premature-close', ...opt(statusFor(phase, 502)) }
  }
  if (message === 'upstream sent too big header') return { cause: 'header-too-big', status: 502 }
  if (message.startsWith('upstream SSL certificate')) return { cause: 'upstream-ssl', status: 502 }
  if (message.startsWith('no resolver defined to resolve')) {
    return { cause: 'dns-no-resolver', status: 502 }
  }
  if (/ could not be resolved(?: \(|$)|^host not found in upstream /.test(message)) {
    return { cause: 'dns-resolve-failed', ...opt(message.startsWith('host') ? undefined : 502) }
  }
  if (message.startsWith('FastCGI sent in stderr: ')) return fastcgiStderr(message)
  if (/worker_connections are not enough$/.test(message)) {
    return { cause: 'resource-exhaustion', ...opt(phase === undefined ? undefined : 500) }
  }
  if (isInvalidResponse(message)) return invalidResponse(message, phase)
  if (/^SSL_(?:read|write)\(\) failed \(SSL:/.test(message)) {
    return phase !== undefined && UPSTREAM_PHASES.has(phase)
      ? { cause: 'upstream-ssl', ...opt(statusFor(phase, 502)) }
      : { cause: null, lookalike: 'client-tls' }
  }
  if (/^(?:SSL_do_handshake\(\) failed|peer closed connection in SSL handshake)/.test(message)) {
    return phase === 'SSL handshaking to upstream'
      ? { cause: 'upstream-ssl', status: 502 }
      : { cause: null, lookalike: 'client-tls' }
  }
  return null
}

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

function isInvalidResponse(message: string): boolean {
  return (
    /^upstream (?:sent |rejected request|prematurely sent response)/.test(message) ||
    /^memcached sent invalid|^invalid header after joining FastCGI records/.test(message)
  )
}

function invalidResponse(message: string, phase: string | undefined): Verdict {
  // HTTP/0.9 passthrough: nginx relays the bytes and logs status 009, not a 502.
  if (message === 'upstream sent no valid HTTP/1.0 header') {
    return { cause: 'invalid-response', status: 9 }
  }
  if (message.startsWith('invalid header after joining')) {
    return { cause: 'invalid-response', status: 500 }
  }
  return { cause: 'invalid-response', ...opt(statusFor(phase, 502)) }
}

function fastcgiStderr(message: string): Verdict {
  if (/Primary script unknown|Unable to open primary script/.test(message)) {
    return { cause: 'fastcgi-stderr', status: 404 }
  }
  if (/has been denied \(see security\.limit_extensions\)/.test(message)) {
    return { cause: 'fastcgi-stderr', status: 403 }
  }
  if (/PHP (?:Fatal|Parse) error/.test(message)) return { cause: 'fastcgi-stderr', status: 500 }
  return { cause: 'fastcgi-stderr' }
}

function bySystemCall(message: string, facts: LineFacts, errno: ErrnoName | null): Verdict | null {
  if (errno === null) return null
  const phase = facts.phase
  if (phase === 'resolving') return { cause: 'dns-resolve-failed' }
  if (errno === 'EMFILE' || errno === 'ENFILE') {
    return { cause: 'resource-exhaustion', ...opt(/^socket\(\)/.test(message) ? 500 : undefined) }
  }
  if (CONNECT_CALL.test(message)) return connectFailed(facts, errno)
  if (IO_CALL.test(message)) return ioFailed(message, phase, errno)
  if (errno === 'EACCES' && /^open\(\) ".*temp/.test(message) && phase === 'reading upstream') {
    return { cause: 'permission-denied' }
  }
  if (errno === 'ENOSPC' && phase === 'reading upstream') return { cause: 'resource-exhaustion' }
  return null
}

function connectFailed(facts: LineFacts, errno: ErrnoName): Verdict | null {
  const upstream = facts.upstream
  const ipv6 = upstream !== undefined && isIpv6Host(upstream.host)
  const unix = upstream?.socket != null
  // ingress-nginx points a Service without endpoints at the placeholder 0.0.0.1.
  if (upstream?.host === '0.0.0.1') return { cause: 'no-live-upstreams', status: 502 }
  switch (errno) {
    case 'ECONNREFUSED':
      return { cause: ipv6 ? 'upstream-refused-ipv6' : 'upstream-refused', status: 502 }
    case 'EADDRNOTAVAIL':
      return ipv6
        ? { cause: 'upstream-refused-ipv6', status: 502 }
        : { cause: 'resource-exhaustion', status: 502 }
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return ipv6 && upstream?.host === '::1'
        ? { cause: 'upstream-refused-ipv6', status: 502 }
        : { cause: 'upstream-unreachable', status: 502 }
    case 'EHOSTUNREACH':
    case 'EHOSTDOWN':
      return { cause: 'upstream-unreachable', status: 502 }
    case 'EPERM':
      return { cause: 'upstream-unreachable', status: 502, alternative: 'permission-denied' }
    case 'ENOENT':
      return { cause: 'socket-missing', status: 502 }
    case 'EACCES':
      return { cause: 'permission-denied', status: 502, alternative: 'selinux-denied' }
    case 'EAGAIN':
      return unix
        ? { cause: 'resource-exhaustion', status: 502, alternative: 'php-fpm-max-children' }
        : null
    case 'ETIMEDOUT':
      // The kernel gave up on the SYN before nginx's own timer: an FT_ERROR, so 502, not 504.
      return { cause: 'upstream-connect-timeout', status: 502 }
    case 'ECONNRESET':
    case 'ECONNABORTED':
      return { cause: 'upstream-reset', status: 502 }
    default:
      return null
  }
}

function ioFailed(message: string, phase: string | undefined, errno: ErrnoName): Verdict | null {
  if (phase === undefined || !UPSTREAM_PHASES.has(phase)) {
    return phase === undefined ? null : { cause: null, lookalike: 'client-io' }
  }
  const status = statusFor(phase, 502)
  switch (errno) {
    case 'EPIPE':
      return { cause: 'upstream-broken-pipe', ...opt(status) }
    case 'ECONNRESET':
    case 'ECONNABORTED':
    case 'ENOTCONN':
      return { cause: 'upstream-reset', ...opt(status) }
    case 'ETIMEDOUT':
      return { cause: 'upstream-read-timeout', alternative: 'upstream-reset', ...opt(status) }
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { cause: 'upstream-unreachable', ...opt(status) }
    case 'ECONNREFUSED':
      return { cause: 'upstream-refused', ...opt(status) }
    default:
      return /^SSL_/.test(message) ? { cause: 'upstream-ssl', ...opt(status) } : null
  }
}

/** Spreads `{ status }` only when it is known (exactOptionalPropertyTypes forbids undefined). */
function opt(status: number | undefined): { status?: number } {
  return status === undefined ? {} : { status }
}
