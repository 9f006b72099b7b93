import type { Finding } from '../log/finding.ts'
import { passTarget, type PassTarget } from './pass-target.ts'
import type { Directive } from './types.ts'
import type { Placed } from './walk.ts'

/** A `*_pass` directive the finding's requests went through, and what it names. */
export interface RoutedPass {
  placed: Placed
  target: PassTarget
  /** The `upstream` block it names, when it names one. */
  group?: Directive
  /** How sure the match is: `address` as logged, `port` of a name, `server` name, `only` pass. */
  by: 'address' | 'port' | 'server' | 'only'
}

/** `host:port`, `unix:/path` or the bare name, as nginx's log lines write an upstream. */
export function addressOf(t: PassTarget): string {
  if (t.socket !== null) return `unix:${t.socket}`
  const host = t.host.includes(':') ? `[${t.host}]` : t.host
  return t.port === null ? host : `${host}:${t.port}`
}

/** The addresses nginx may log for one written address: `localhost` is `::1` and `127.0.0.1`. */
function logged(address: string): string[] {
  const local = /^localhost:(\d+)$/.exec(address)
  return local === null ? [address] : [address, `[::1]:${local[1]}`, `127.0.0.1:${local[1]}`]
}

const portOf = (address: string): string | undefined => /:(\d{1,5})$/.exec(address)?.[1]
const isName = (address: string): boolean => !/^\[|^\d{1,3}(\.\d{1,3}){3}(:|$)|^unix:/.test(address)

/**
 * Whether an upstream as a log line names it is one written in the config: the same address,
 * either address of `localhost`, or, for a service name, the address it resolved to on the
 * same port (the log never shows the name).
 */
export function sameAddress(seen: string, written: string): boolean {
  if (logged(written).includes(seen)) return true
  const port = portOf(written)
  return isName(written) && port !== undefined && portOf(seen) === port
}

const serverNames = (parents: readonly Directive[]): string[] =>
  parents
    .filter((p) => p.name === 'server')
    .flatMap((p) => (p.block ?? []).filter((d) => d.name === 'server_name'))
    .flatMap((d) => d.args)

/** Whether a `server_name` (exact, `*.example.com`, `example.*` or `.example.com`) matches. */
function nameMatches(pattern: string, name: string): boolean {
  if (pattern === name) return true
  if (pattern.startsWith('.')) return name === pattern.slice(1) || name.endsWith(pattern)
  if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1))
  if (pattern.endsWith('.*')) return name.startsWith(pattern.slice(0, -1))
  return false
}

function score(
  finding: Finding,
  target: PassTarget,
  group: Directive | undefined,
  parents: readonly Directive[],
): RoutedPass['by'] | null {
  const seen = finding.upstreams.map((u) => u.address)
  const written = group === undefined ? [addressOf(target)] : groupServers(group)
  if (seen.includes(target.host) || written.some((a) => logged(a).some((l) => seen.includes(l))))
    return 'address'
  // In Docker and Kubernetes the log shows the address a service name resolved to: the port
  // is what is left to match on, and only for a name (an address written differs for real).
  if (written.some((a) => seen.some((s) => sameAddress(s, a)))) return 'port'
  const names = serverNames(parents)
  if (finding.servers.some((s) => names.some((p) => nameMatches(p, s)))) return 'server'
  return null
}

function groupServers(group: Directive): string[] {
  return (group.block ?? []).filter((d) => d.name === 'server').map((d) => d.args[0] ?? '')
}

const RANK: Record<RoutedPass['by'], number> = { address: 0, port: 1, server: 2, only: 3 }

/**
 * The `*_pass` directives that send the finding's requests where its lines say they went: the
 * upstream address (or socket, or group) as logged first; failing that, a service name on the
 * logged port (containers log the address the name resolved to); then the `server` whose
 * `server_name` the lines name; then the configuration's only `*_pass`. The best kind of match
 * only, so a weak one never hides behind a strong one.
 */
export function routesOf(
  finding: Finding,
  placed: readonly Placed[],
  upstreams: ReadonlyMap<string, Directive>,
): RoutedPass[] {
  const passes: RoutedPass[] = []
  const all: Omit<RoutedPass, 'by'>[] = []
  for (const p of placed) {
    const target = passTarget(p.directive)
    if (target === null) continue
    const group = target.variable ? undefined : upstreams.get(target.host)
    const entry = group === undefined ? { placed: p, target } : { placed: p, target, group }
    all.push(entry)
    const by = target.variable ? null : score(finding, target, group, p.parents)
    if (by !== null) passes.push({ ...entry, by })
  }
  if (passes.length === 0 && all.length === 1) return [{ ...all[0]!, by: 'only' }]
  const best = Math.min(...passes.map((p) => RANK[p.by]))
  return passes.filter((p) => RANK[p.by] === best)
}
