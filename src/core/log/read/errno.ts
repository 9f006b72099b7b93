/**
 * Operating-system error names 502 Doctor reasons about. nginx prints `(<number>: <text>)`
 * where both come from the C library, so the same error reads differently on glibc, musl,
 * BSD/macOS and Windows; the name is what classification uses.
 */
export type ErrnoName =
  | 'ECONNREFUSED'
  | 'ETIMEDOUT'
  | 'ECONNRESET'
  | 'ECONNABORTED'
  | 'EPIPE'
  | 'EHOSTUNREACH'
  | 'ENETUNREACH'
  | 'EHOSTDOWN'
  | 'ENETDOWN'
  | 'ENOENT'
  | 'EACCES'
  | 'EPERM'
  | 'EADDRNOTAVAIL'
  | 'EADDRINUSE'
  | 'EAGAIN'
  | 'EMFILE'
  | 'ENFILE'
  | 'ENOSPC'
  | 'ENOTCONN'
  | 'ENOBUFS'
  | 'EINVAL'
  | 'EAFNOSUPPORT'
  | 'ENOMEM'

// Texts first: numbers differ between systems (61 is ENODATA on Linux but ECONNREFUSED on BSD).
const BY_TEXT: ReadonlyMap<string, ErrnoName> = new Map([
  ['connection refused', 'ECONNREFUSED'],
  ['no connection could be made because the target machine actively refused it', 'ECONNREFUSED'],
  ['connection timed out', 'ETIMEDOUT'],
  ['operation timed out', 'ETIMEDOUT'],
  [
    'a connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond',
    'ETIMEDOUT',
  ],
  ['connection reset by peer', 'ECONNRESET'],
  ['an existing connection was forcibly closed by the remote host', 'ECONNRESET'],
  ['an established connection was aborted by the software in your host machine', 'ECONNABORTED'],
  ['software caused connection abort', 'ECONNABORTED'],
  ['broken pipe', 'EPIPE'],
  ['no route to host', 'EHOSTUNREACH'],
  ['host is unreachable', 'EHOSTUNREACH'],
  ['a socket operation was attempted to an unreachable host', 'EHOSTUNREACH'],
  ['network is unreachable', 'ENETUNREACH'],
  ['a socket operation was attempted to an unreachable network', 'ENETUNREACH'],
  ['host is down', 'EHOSTDOWN'],
  ['network is down', 'ENETDOWN'],
  ['no such file or directory', 'ENOENT'],
  ['permission denied', 'EACCES'],
  ['an attempt was made to access a socket in a way forbidden by its access permissions', 'EACCES'],
  ['operation not permitted', 'EPERM'],
  ['cannot assign requested address', 'EADDRNOTAVAIL'],
  ["can't assign requested address", 'EADDRNOTAVAIL'],
  ['address not available', 'EADDRNOTAVAIL'],
  ['the requested address is not valid in its context', 'EADDRNOTAVAIL'],
  ['address already in use', 'EADDRINUSE'],
  ['address in use', 'EADDRINUSE'],
  ['resource temporarily unavailable', 'EAGAIN'],
  ['operation would block', 'EAGAIN'],
  ['too many open files', 'EMFILE'],
  ['no file descriptors available', 'EMFILE'],
  ['too many open files in system', 'ENFILE'],
  ['no space left on device', 'ENOSPC'],
  ['transport endpoint is not connected', 'ENOTCONN'],
  ['socket is not connected', 'ENOTCONN'],
  ['no buffer space available', 'ENOBUFS'],
  ['invalid argument', 'EINVAL'],
  ['address family not supported by protocol', 'EAFNOSUPPORT'],
  ['address family not supported by protocol family', 'EAFNOSUPPORT'],
  ['cannot allocate memory', 'ENOMEM'],
  ['out of memory', 'ENOMEM'],
])

// Linux numbers: the fallback when the text is unknown (a localised or truncated message).
const BY_LINUX_NUMBER: ReadonlyMap<number, ErrnoName> = new Map([
  [1, 'EPERM'],
  [2, 'ENOENT'],
  [11, 'EAGAIN'],
  [12, 'ENOMEM'],
  [13, 'EACCES'],
  [22, 'EINVAL'],
  [23, 'ENFILE'],
  [24, 'EMFILE'],
  [28, 'ENOSPC'],
  [32, 'EPIPE'],
  [97, 'EAFNOSUPPORT'],
  [98, 'EADDRINUSE'],
  [99, 'EADDRNOTAVAIL'],
  [100, 'ENETDOWN'],
  [101, 'ENETUNREACH'],
  [103, 'ECONNABORTED'],
  [104, 'ECONNRESET'],
  [105, 'ENOBUFS'],
  [107, 'ENOTCONN'],
  [110, 'ETIMEDOUT'],
  [111, 'ECONNREFUSED'],
  [112, 'EHOSTDOWN'],
  [113, 'EHOSTUNREACH'],
  [10013, 'EACCES'],
  [10049, 'EADDRNOTAVAIL'],
  [10051, 'ENETUNREACH'],
  [10053, 'ECONNABORTED'],
  [10054, 'ECONNRESET'],
  [10060, 'ETIMEDOUT'],
  [10061, 'ECONNREFUSED'],
  [10065, 'EHOSTUNREACH'],
])

/** Names an errno from nginx's `(<number>: <text>)`, preferring the text over the number. */
export function errnoName(num: number | undefined, text: string | undefined): ErrnoName | null {
  if (text !== undefined) {
    const key = text.trim().replace(/\.$/, '').toLowerCase()
    const named = BY_TEXT.get(key) ?? startOfKnownText(key)
    if (named !== undefined) return named
  }
  return num === undefined ? null : (BY_LINUX_NUMBER.get(num) ?? null)
}

/** The error whose text starts with `key`: a terminal cut `(111: Connection ref`. */
function startOfKnownText(key: string): ErrnoName | undefined {
  if (key.length < 6) return undefined
  for (const [text, name] of BY_TEXT) if (text.startsWith(key)) return name
  return undefined
}
