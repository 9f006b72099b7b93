import type { UpstreamKind } from '../classify/verdict.ts'
import { cachedBy, createBoundedCache } from '../detach.ts'
import { startsAt } from './starts-at.ts'
import type { UpstreamAddress } from '../types.ts'

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i

/** An upstream without its URI: what stays the same from one request to the next. */
type Peer = Omit<UpstreamAddress, 'uri'> & { base: string }

/**
 * Reads nginx's `upstream: "..."` value: `<scheme>://<peer>[:]<uri>`. The peer is `ip:port`,
 * `[v6]:port`, `unix:/path` (followed by `:` and the URI) or, for "no live upstreams", the
 * upstream group name. Stream-module upstreams have no scheme (`10.0.4.12:5432`).
 */
export function parseUpstream(value: string): UpstreamAddress {
  const at = uriStart(value)
  const { scheme, host, port, socket, address } = readPeer(value.slice(0, at))
  return { scheme, host, port, socket, uri: value.slice(at), address }
}

/**
 * A {@link parseUpstream} that remembers the peers it has read (bounded, see cachedBy): a log
 * names a few peers with endlessly different URIs, so only the URI is cut out per line.
 */
export function createUpstreamReader(): (value: string) => UpstreamAddress {
  const peers = createBoundedCache<string, Peer>()
  // Lines in a row mostly name the same peer: compared first, it spares hashing the key.
  let lastBase = ''
  let lastPeer: Peer | null = null
  return (value) => {
    const at = uriStart(value)
    const base = value.slice(0, at)
    if (lastPeer === null || base !== lastBase) {
      lastPeer = cachedBy(peers, base, readPeer)
      lastBase = lastPeer.base
    }
    const { scheme, host, port, socket, address } = lastPeer
    return { scheme, host, port, socket, uri: value.slice(at), address }
  }
}

/**
 * Where the URI starts: after `unix:/path:` for a socket, at the first `/` otherwise. Written
 * with character tests: it runs for every line that names an upstream.
 */
function uriStart(value: string): number {
  const separator = value.indexOf('://')
  const rest = separator > 0 && separator < 20 && isScheme(value, separator) ? separator + 3 : 0
  if (startsAt(value, 'unix:', rest)) {
    const colon = value.indexOf(':', rest + 5)
    return colon === -1 ? value.length : colon + 1
  }
  // The authority ends at its first `/`, or at what no address holds (a quote, a space, a
  // comma): in a line a person retyped, what follows is not the address.
  for (let at = rest; at < value.length; at += 1) {
    const code = value.charCodeAt(at)
    if (code === 47 || code === 34 || code === 32 || code === 44) return at
  }
  return value.length
}

/** Whether `value[0, end)` is a URI scheme: a letter, then letters, digits, `+`, `.`, `-`. */
function isScheme(value: string, end: number): boolean {
  for (let at = 0; at < end; at += 1) {
    const code = value.charCodeAt(at) | 32
    const letter = code >= 97 && code <= 122
    if (!(letter || (at > 0 && /[\d+.-]/.test(value[at] ?? '')))) return false
  }
  return true
}

function readPeer(base: string): Peer {
  const schemeMatch = SCHEME.exec(base)
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? ''
  let rest = schemeMatch === null ? base : base.slice(schemeMatch[0].length)
  if (rest.startsWith('unix:')) {
    if (rest.endsWith(':')) rest = rest.slice(0, -1)
    const socket = rest.slice(5)
    return { scheme, host: 'unix', port: null, socket, address: `unix:${socket}`, base }
  }
  let host = rest
  let port: number | null = null
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    host = rest.slice(1, close === -1 ? undefined : close)
    const after = close === -1 ? '' : rest.slice(close + 1)
    if (after.startsWith(':')) port = toPort(after.slice(1))
  } else {
    const colon = rest.lastIndexOf(':')
    if (colon !== -1 && rest.indexOf(':') === colon) {
      host = rest.slice(0, colon)
      port = toPort(rest.slice(colon + 1))
    }
  }
  const shown = host.includes(':') ? `[${host}]` : host
  const address = port === null ? shown : `${shown}:${port}`
  return { scheme, host, port, socket: null, address, base }
}

function toPort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null
  const port = Number(text)
  return port <= 65535 ? port : null
}

/** True for an IPv6 upstream host, including `localhost` written as `::1`. */
export function isIpv6Host(host: string): boolean {
  return host.includes(':')
}

/** The kind of an upstream, all a verdict needs to know of it (see {@link UpstreamKind}). */
export function upstreamKind(upstream: UpstreamAddress | undefined): UpstreamKind {
  if (upstream === undefined) return ''
  if (upstream.socket !== null) return 'unix'
  const host = upstream.host
  if (host === '0.0.0.1' || host === '::1') return host
  return isIpv6Host(host) ? 'v6' : 'v4'
}
