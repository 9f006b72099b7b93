import type { UpstreamKind } from '../classify/verdict.ts'
import { createBoundedCache, detach } from '../detach.ts'
import { startsAt } from './starts-at.ts'
import type { UpstreamAddress } from '../types.ts'

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i
// Phusion Passenger's module names its core's socket `passenger:unix:/tmp/…/server:`.
const PASSENGER = 'passenger:'

/** An upstream without its URI: what stays the same from one request to the next. */
type Peer = UpstreamAddress & { base: string }

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
 * A {@link parseUpstream} that remembers the peers it has read (bounded): a log names a few
 * peers with endlessly different URIs, so only the URI is cut out per line. Without `uri`,
 * the URI is not wanted (a finding counts upstreams by address): then every line naming a
 * peer shares one frozen address, whose `uri` is ''.
 */
export function createUpstreamReader(
  options: { uri?: boolean } = {},
): (value: string) => UpstreamAddress {
  const withUri = options.uri !== false
  const peers = createBoundedCache<string, Peer>()
  let last: Peer | null = null
  return (value) => {
    const at = uriStart(value)
    let peer = last
    // Compared natively, not character by character: on a line cut out of a chunk, a loop of
    // charCodeAt cost more than the slice (measured on a fleet's log).
    if (peer === null || peer.base.length !== at || value.slice(0, at) !== peer.base) {
      const base = value.slice(0, at)
      const known = peers.get(base)
      if (known !== undefined) peer = known
      else if (peers.room()) {
        const kept = detach(base)
        peer = Object.freeze(readPeer(kept))
        peers.set(kept, peer)
      } else peer = Object.freeze(readPeer(base))
      last = peer
    }
    if (!withUri) return peer
    const { scheme, host, port, socket, address } = peer
    return { scheme, host, port, socket, uri: value.slice(at), address }
  }
}

/**
 * Where the URI starts: after `unix:/path:` for a socket, at the first `/` otherwise. Written
 * with character tests: it runs for every line that names an upstream.
 */
function uriStart(value: string): number {
  const separator = value.indexOf('://')
  let rest = separator > 0 && separator < 20 && SCHEME.test(value) ? separator + 3 : 0
  if (rest === 0 && value.charCodeAt(0) === 112 && startsAt(value, PASSENGER, 0)) {
    rest = PASSENGER.length
  }
  if (value.charCodeAt(rest) === 117 && startsAt(value, 'unix:', rest)) {
    const colon = value.indexOf(':', rest + 5)
    return colon === -1 ? value.length : colon + 1
  }
  // The authority ends at its first `/`, or at what no address holds (a quote, a space, a
  // comma): in a line a person retyped, what follows is not the address.
  AUTHORITY_END.lastIndex = rest
  return AUTHORITY_END.test(value) ? AUTHORITY_END.lastIndex - 1 : value.length
}

/** What ends an upstream's authority (see uriStart); searched natively, from where it starts. */
const AUTHORITY_END = /[/" ,]/g

function readPeer(base: string): Peer {
  const schemeMatch = SCHEME.exec(base)
  const passenger = schemeMatch === null && base.startsWith(PASSENGER)
  const scheme = passenger ? 'passenger' : (schemeMatch?.[1]?.toLowerCase() ?? '')
  let rest = passenger
    ? base.slice(PASSENGER.length)
    : schemeMatch === null
      ? base
      : base.slice(schemeMatch[0].length)
  if (rest.startsWith('unix:')) {
    if (rest.endsWith(':')) rest = rest.slice(0, -1)
    const socket = rest.slice(5)
    return { scheme, host: 'unix', port: null, socket, uri: '', address: `unix:${socket}`, base }
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
  return { scheme, host, port, socket: null, uri: '', address, base }
}

function toPort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null
  const port = Number(text)
  return port <= 65535 ? port : null
}

/** True for an IPv6 upstream host, including `localhost` written as `::1`. */
function isIpv6Host(host: string): boolean {
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
