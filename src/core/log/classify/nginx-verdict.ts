import { errnoName, type ErrnoName } from '../read/errno.ts'
import type { MessageReading } from '../read/message.ts'
import type { LineSource, NginxLevel } from '../types.ts'
import { byMessage, opt, statusFor, UPSTREAM_PHASES } from './nginx-messages.ts'
import type { UpstreamKind, Verdict } from './verdict.ts'

/** Everything a verdict depends on: the message's reading, where it came from, the upstream's kind. */
export interface VerdictInput {
  reading: MessageReading
  level: NginxLevel | undefined
  source: LineSource
  kind: UpstreamKind
}

const NULL: Verdict = { cause: null }
const IO_CALL =
  /^(?:recv|readv|writev|send|sendfile|sendmsg|recvmsg|ssl_read|ssl_write|wsarecv|wsasend)\(\) failed$/
const CONNECT_CALL =
  /^(?:connect\(\) (?:to \S+ )?failed|kevent\(\) reported that connect\(\) (?:to \S+ )?failed|unix:\S+ failed)$/
/** `failed (111: ...) while connecting to upstream`: a connect() whose start was cut off. */
const CUT_CONNECT = 'failed'
const LOOKALIKE_MESSAGES: readonly [RegExp, string][] = [
  [
    /client prematurely closed connection|client canceled stream|client terminated stream|client closed connection/,
    'client-closed',
  ],
  [/^upstream server temporarily disabled/, 'follow-on'],
  [/^a client request body is buffered|^an upstream response is buffered/, 'follow-on'],
  [
    /^upstream sent (?:more data than specified|data after|duplicate header line: .*, ignored$|too big early hints)/,
    'follow-on',
  ],
  [/^auth request unexpected status/, 'follow-on'],
]

/**
 * Names the cause of one nginx error entry, following the nginx source catalog: the message
 * decides, the errno and the `while ...` phase refine, and look-alikes (client aborts,
 * follow-on warnings, client TLS, WebSocket, OCSP) come out `null`. A stream{} (TCP) proxy
 * line gets the cause its connect failure would have, without a status: its client sees a
 * closed connection, not a 502; once bytes flowed, a reset is a look-alike.
 */
export function nginxVerdict(input: VerdictInput): Verdict {
  if (input.level === 'debug') return NULL
  if (input.source !== 'nginx-stream') return httpVerdict(input)
  const phase = input.reading.phase ?? ''
  // Bytes were flowing: the upstream's side of it reads like `reading upstream` in HTTP.
  const midway = /^proxying (?:and|connection)/.test(phase)
  const reading =
    midway && /upstream/.test(phase)
      ? { ...input.reading, phase: 'reading upstream' }
      : input.reading
  const inner = httpVerdict({ ...input, reading, source: 'nginx-error' })
  if (inner.cause === null) return inner
  if (midway) return { cause: null, lookalike: 'stream-midway', alternative: inner.cause }
  return { cause: inner.cause, ...(inner.alternative ? { alternative: inner.alternative } : {}) }
}

function httpVerdict({ reading, kind }: VerdictInput): Verdict {
  const message = reading.message.toLowerCase()
  for (const [pattern, why] of LOOKALIKE_MESSAGES) {
    if (pattern.test(message)) return { cause: null, lookalike: why }
  }
  const phase = reading.phase
  if (phase === 'proxying upgraded connection') return { cause: null, lookalike: 'websocket' }
  if (phase !== undefined && /certificate status|ocsp/i.test(phase + message)) {
    return { cause: null, lookalike: 'ocsp-resolver' }
  }
  return (
    byMessage(message, reading, kind) ??
    bySystemCall(message, reading, kind, errnoName(reading.errno, reading.errnoText)) ??
    NULL
  )
}

function bySystemCall(
  message: string,
  reading: MessageReading,
  kind: UpstreamKind,
  errno: ErrnoName | null,
): Verdict | null {
  const phase = reading.phase
  // ingress-nginx points a Service without endpoints at the placeholder 0.0.0.1.
  if (kind === '0.0.0.1' && CONNECT_CALL.test(message)) {
    return { cause: 'no-live-upstreams', status: 502 }
  }
  if (errno === null) return null
  if (phase === 'resolving') return { cause: 'dns-resolve-failed' }
  if (errno === 'EMFILE' || errno === 'ENFILE') {
    return { cause: 'resource-exhaustion', ...opt(/^socket\(\)/.test(message) ? 500 : undefined) }
  }
  if (errno === 'ENOMEM') return { cause: 'resource-exhaustion', ...opt(statusFor(phase, 500)) }
  // An IPv6 upstream on a host without IPv6 (a listen socket's failure is nginx's own).
  if (errno === 'EAFNOSUPPORT' && phase === 'connecting to upstream') {
    return kind === 'v4' || kind === 'unix' ? null : { cause: 'upstream-refused-ipv6', status: 502 }
  }
  if (
    CONNECT_CALL.test(message) ||
    (message === CUT_CONNECT && phase === 'connecting to upstream')
  ) {
    return connectFailed(kind, errno)
  }
  if (IO_CALL.test(message)) return ioFailed(message, phase, errno)
  if (errno === 'EACCES' && /^open\(\) ".*temp/.test(message) && phase === 'reading upstream') {
    return { cause: 'permission-denied' }
  }
  // A temporary file for a buffered body (client's or upstream's) on a full disk.
  if (errno === 'ENOSPC' && /^(?:pwritev?|write|writev|open)\(\) ".*_temp\//.test(message)) {
    return { cause: 'resource-exhaustion', ...opt(phase === 'reading upstream' ? undefined : 500) }
  }
  return null
}

function connectFailed(kind: UpstreamKind, errno: ErrnoName): Verdict | null {
  const ipv6 = kind === 'v6' || kind === '::1'
  switch (errno) {
    case 'ECONNREFUSED':
      return { cause: ipv6 ? 'upstream-refused-ipv6' : 'upstream-refused', status: 502 }
    case 'EADDRNOTAVAIL':
      return ipv6
        ? { cause: 'upstream-refused-ipv6', status: 502 }
        : { cause: 'resource-exhaustion', status: 502 }
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return kind === '::1'
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
      // On a TCP upstream this is nearly always SELinux; on a socket, the file's permissions.
      return kind === 'unix'
        ? { cause: 'permission-denied', status: 502 }
        : { cause: 'permission-denied', status: 502, alternative: 'selinux-denied' }
    case 'EAGAIN':
      return kind === 'unix'
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
    case 'EACCES':
      return { cause: 'permission-denied', ...opt(status) }
    default:
      return /^ssl_/.test(message) ? { cause: 'upstream-ssl', ...opt(status) } : null
  }
}
