import type { Directive } from './types.ts'

/** The `*_pass` directives and the protocol each speaks to the backend. */
export const PASS_KINDS = {
  proxy_pass: 'http',
  fastcgi_pass: 'fastcgi',
  uwsgi_pass: 'uwsgi',
  grpc_pass: 'grpc',
  scgi_pass: 'scgi',
} as const

/** Where one `*_pass` sends requests, as written. */
export interface PassTarget {
  directive: keyof typeof PASS_KINDS
  /** `http`, `https`, `grpc`, `grpcs`, `uwsgi`, `suwsgi` or '' when none is written. */
  scheme: string
  /** Host, IP (IPv6 without brackets) or upstream name; '' for a socket. */
  host: string
  port: number | null
  socket: string | null
  /** The target holds an nginx variable: nginx resolves its name per request. */
  variable: boolean
  /**
   * The target holds an envsubst placeholder (`${BACKEND_HOST}`, the official image's
   * templates): the file is a template, and what nginx will run with is not in it.
   */
  template: boolean
}

/** `${BACKEND_HOST}`: envsubst's placeholders are upper case; nginx's `${var}` lower case. */
export const ENVSUBST = /\$\{[A-Z][A-Z0-9_]{0,60}\}/g

const SCHEME = /^([a-z][a-z0-9+.-]{0,15}):\/\//i

/** Reads the target of a `proxy_pass`/`fastcgi_pass`/… directive; null for other directives. */
export function passTarget(directive: Directive): PassTarget | null {
  if (!(directive.name in PASS_KINDS)) return null
  const raw = directive.args[0] ?? ''
  const name = directive.name as keyof typeof PASS_KINDS
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase() ?? ''
  const rest = scheme === '' ? raw : raw.slice(scheme.length + 3)
  const template = raw.replace(ENVSUBST, '') !== raw
  const variable = raw.replace(ENVSUBST, '').includes('$')
  if (rest.startsWith('unix:')) {
    // `unix:/path:/uri`: the socket ends at the colon before the URI.
    const path = rest.slice(5)
    const colon = path.indexOf(':')
    const socket = colon === -1 ? path : path.slice(0, colon)
    return { directive: name, scheme, host: '', port: null, socket, variable, template }
  }
  const authority = rest.split('/')[0] ?? ''
  let host = authority
  let port: number | null = null
  const v6 = /^\[([^\]]*)\](?::(\d{1,5}))?$/.exec(authority)
  const v4 = /^([^:]*):(\d{1,5})$/.exec(authority)
  if (v6 !== null) {
    host = v6[1] ?? ''
    port = v6[2] === undefined ? null : Number(v6[2])
  } else if (v4 !== null) {
    host = v4[1] ?? ''
    port = Number(v4[2])
  }
  return { directive: name, scheme, host, port, socket: null, variable, template }
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** An address written as a number, not a name (nothing to resolve). */
export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || host.includes(':')
}

/** nginx's own loopback: `127.x`, `::1` or `localhost`. */
export function isLoopback(host: string): boolean {
  return /^127\./.test(host) || host === '::1' || host === 'localhost'
}
