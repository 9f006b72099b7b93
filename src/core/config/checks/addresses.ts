import { ENVSUBST, isIpAddress, isLoopback, passTarget, type PassTarget } from '../pass-target.ts'
import type { Directive } from '../types.ts'
import { valueInForce } from '../walk.ts'
import { addAfter, edits, lineOf, mistakeAt, replaceOnLine } from './edit.ts'
import type { Check, CheckInput, ConfigMistake } from './types.ts'

/** Every `*_pass` with its target, and every upstream `server` with its host and port. */
function backends(input: CheckInput): { directive: Directive; target: PassTarget }[] {
  const out: { directive: Directive; target: PassTarget }[] = []
  for (const { directive, parents } of input.placed) {
    const target = passTarget(directive)
    if (target !== null) out.push({ directive, target })
    const parent = parents.at(-1)
    if (directive.name === 'server' && parent?.name === 'upstream') {
      const pass = passTarget({ ...directive, name: 'proxy_pass' })
      if (pass !== null) out.push({ directive, target: pass })
    }
  }
  return out
}

const shown = (t: PassTarget): string =>
  t.socket !== null ? `unix:${t.socket}` : t.port === null ? t.host : `${t.host}:${t.port}`

/** Signs that nginx runs in a container: Docker's DNS, envsubst placeholders, the log's setup. */
export function runsInContainer(input: CheckInput): boolean {
  const { runtime, location } = input.setup
  if (runtime === 'docker' || runtime === 'kubernetes' || location === 'container') return true
  return input.placed.some(
    ({ directive: d }) =>
      (d.name === 'resolver' && d.args.includes('127.0.0.11')) ||
      d.args.some((a) => a.replace(ENVSUBST, '') !== a),
  )
}

/** `localhost` is two servers to nginx, `::1` first: an app on 127.0.0.1 only refuses one. */
export const localhostIpv6First: Check = (input) =>
  backends(input)
    // `[::]` is this machine over IPv6 too: an app on 127.0.0.1 only refuses it.
    .filter(
      ({ target }) => (target.host === 'localhost' || target.host === '::') && !target.variable,
    )
    .map(({ directive, target }) =>
      mistakeAt('localhost-ipv6-first', directive, 'error', {
        target: shown(target),
        edits: edits(replaceOnLine(input.config, directive, 'localhost', '127.0.0.1')),
      }),
    )

/** Inside a container, 127.0.0.1 is the container itself, not the backend's. */
export const loopbackInContainer: Check = (input) => {
  if (!runsInContainer(input)) return []
  return backends(input)
    .filter(({ target }) => isLoopback(target.host) && target.port !== null)
    .map(({ directive, target }) =>
      mistakeAt('loopback-in-container', directive, 'warning', { target: shown(target) }),
    )
}

/** A name resolved once at start, in a setup where backends move (containers). */
export const hostnameResolvedOnce: Check = (input) => {
  if (!runsInContainer(input)) return []
  const groups = input.upstreams
  return backends(input)
    .filter(({ directive, target }) => {
      const name = target.host
      if (
        target.variable ||
        target.template ||
        name === '' ||
        isIpAddress(name) ||
        isLoopback(name)
      )
        return false
      if (directive.name === 'server') return !directive.args.includes('resolve')
      return !groups.has(name)
    })
    .map(({ directive, target }) =>
      mistakeAt('hostname-resolved-once', directive, 'warning', { target: shown(target) }),
    )
}

/** Ports that speak FastCGI (PHP-FPM's 9000) or plain HTTP, for a directive that speaks the other. */
const HTTP_PORTS = new Set([80, 3000, 5000, 8000, 8080, 8081, 8888])

/**
 * The directive speaking what the port does: `proxy_pass http://` for FastCGI sent to an HTTP
 * port, the other scheme for https to 80 or http to 443. FastCGI to PHP-FPM needs its params
 * too, so `proxy_pass` to 9000 gets no edit.
 */
function protocolEdit(input: CheckInput, directive: Directive, target: PassTarget) {
  const raw = directive.args[0] ?? ''
  if (target.directive === 'fastcgi_pass') {
    const line = lineOf(input.config, directive)
    const written = line === undefined ? null : /fastcgi_pass\s+/.exec(line)
    if (written === null) return undefined
    return replaceOnLine(input.config, directive, `${written[0]}${raw}`, `proxy_pass http://${raw}`)
  }
  if (target.scheme === 'https' && target.port === 80)
    return replaceOnLine(input.config, directive, 'https://', 'http://')
  if (target.scheme === 'http' && target.port === 443)
    return replaceOnLine(input.config, directive, 'http://', 'https://')
  return undefined
}

export const protocolMismatch: Check = (input) => {
  const out: ConfigMistake[] = []
  for (const { directive, target } of backends(input)) {
    if (directive.name === 'server' || target.variable) continue
    const proxy = target.directive === 'proxy_pass'
    const wrong =
      (proxy && target.port === 9000) ||
      (target.directive === 'fastcgi_pass' &&
        target.port !== null &&
        HTTP_PORTS.has(target.port)) ||
      (proxy && target.scheme === 'https' && target.port === 80) ||
      (proxy && target.scheme === 'http' && target.port === 443)
    if (!wrong) continue
    out.push(
      mistakeAt('protocol-mismatch', directive, 'warning', {
        target: shown(target),
        edits: edits(protocolEdit(input, directive, target)),
      }),
    )
  }
  return out
}

/** The ports a `server` block listens on. */
function listenPorts(server: Directive | undefined): Set<number> {
  const ports = new Set<number>()
  for (const d of server?.block ?? []) {
    if (d.name !== 'listen') continue
    const port = /(?:^|:)(\d{1,5})$/.exec(d.args[0] ?? '')?.[1]
    ports.add(port === undefined ? 80 : Number(port))
  }
  return ports
}

/**
 * `proxy_pass` to the loopback port its own `server` block listens on: every request comes
 * back to the same place (another block on another port is a backend, not a loop).
 */
export const proxyLoop: Check = (input) => {
  if (runsInContainer(input)) return []
  return input.placed.flatMap(({ directive, parents }): ConfigMistake[] => {
    const target = passTarget(directive)
    if (target?.directive !== 'proxy_pass' || target.variable || !isLoopback(target.host)) return []
    const port = target.port ?? (target.scheme === 'https' ? 443 : 80)
    const server = [...parents].reverse().find((p) => p.name === 'server')
    if (!listenPorts(server).has(port)) return []
    return [mistakeAt('proxy-loop', directive, 'error', { target: `${target.host}:${port}` })]
  })
}

/** `proxy_pass https://name` without SNI: many backends and CDNs reject the handshake. */
export const sslWithoutSni: Check = (input) =>
  input.placed.flatMap(({ directive, parents }) => {
    const target = passTarget(directive)
    if (target?.directive !== 'proxy_pass' || target.scheme !== 'https') return []
    // An address sends no name at all; an upstream group's name needs `proxy_ssl_name` too.
    if (target.variable || isIpAddress(target.host)) return []
    if (valueInForce('proxy_ssl_server_name', parents, input.config.main) === 'on') return []
    return [
      mistakeAt('ssl-upstream-without-sni', directive, 'warning', {
        target: shown(target),
        edits: edits(addAfter(input.config, directive, 'proxy_ssl_server_name on;')),
      }) satisfies ConfigMistake,
    ]
  })
