import type { UpstreamAddress } from './types.ts'

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i

/**
 * Reads nginx's `upstream: "..."` value: `<scheme>://<peer>[:]<uri>`. The peer is `ip:port`,
 * `[v6]:port`, `unix:/path` (followed by `:` and the URI) or, for "no live upstreams", the
 * upstream group name. Stream-module upstreams have no scheme (`10.0.4.12:5432`).
 */
export function parseUpstream(value: string): UpstreamAddress {
  const separator = value.indexOf('://')
  const schemeMatch = separator > 0 && separator < 20 ? SCHEME.exec(value) : null
  const scheme = schemeMatch?.[1]?.toLowerCase() ?? ''
  const rest = schemeMatch ? value.slice(schemeMatch[0].length) : value
  if (rest.startsWith('unix:')) return parseUnix(scheme, rest)
  return parseHostPort(scheme, rest)
}

function parseUnix(scheme: string, rest: string): UpstreamAddress {
  // nginx appends ':' after a socket path, then the URI (which may be empty).
  const colon = rest.indexOf(':', 5)
  const socket = colon === -1 ? rest.slice(5) : rest.slice(5, colon)
  const uri = colon === -1 ? '' : rest.slice(colon + 1)
  return { scheme, host: 'unix', port: null, socket, uri, address: `unix:${socket}` }
}

function parseHostPort(scheme: string, rest: string): UpstreamAddress {
  const slash = rest.indexOf('/')
  const authority = slash === -1 ? rest : rest.slice(0, slash)
  const uri = slash === -1 ? '' : rest.slice(slash)
  let host = authority
  let port: number | null = null
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']')
    host = authority.slice(1, close === -1 ? undefined : close)
    const after = close === -1 ? '' : authority.slice(close + 1)
    if (after.startsWith(':')) port = toPort(after.slice(1))
  } else {
    const colon = authority.lastIndexOf(':')
    if (colon !== -1 && authority.indexOf(':') === colon) {
      host = authority.slice(0, colon)
      port = toPort(authority.slice(colon + 1))
    }
  }
  const shown = host.includes(':') ? `[${host}]` : host
  return {
    scheme,
    host,
    port,
    socket: null,
    uri,
    address: port === null ? shown : `${shown}:${port}`,
  }
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
