import { joinInstances, type Finding, type FindingUpstream } from './finding.ts'

/**
 * When a backend is refused at both `[::1]:PORT` and `127.0.0.1:PORT` (nginx tried both
 * addresses of `localhost`), nothing listens on that port at all: that is `upstream-refused`,
 * not the IPv6 cause. Moves those `[::1]` lines (refusals, or `99: Address not available` on a
 * host without IPv6) into the refused finding, which lists both addresses and says how many
 * lines it took in; the IPv6 finding keeps the rest, or goes when none is left.
 */
export function foldLocalhostPair(findings: readonly Finding[]): readonly Finding[] {
  const ipv6 = findings.find((f) => f.cause === 'upstream-refused-ipv6')
  const refused = findings.find((f) => f.cause === 'upstream-refused')
  if (ipv6 === undefined || refused === undefined) return findings
  const ipv4Ports = new Set(refused.upstreams.map((u) => portOf(u.address, '127.0.0.1')))
  const moved = ipv6.upstreams.filter((u) => {
    const port = portOf(u.address, '[::1]')
    return port !== null && ipv4Ports.has(port)
  })
  if (moved.length === 0) return findings
  const lines = moved.reduce((sum, u) => sum + u.lines, 0)
  const upstreams: FindingUpstream[] = [...refused.upstreams, ...moved]
  upstreams.sort((a, b) => b.lines - a.lines || a.address.localeCompare(b.address))
  const rest: Finding = {
    ...ipv6,
    lines: ipv6.lines - lines,
    upstreams: ipv6.upstreams.filter((u) => !moved.includes(u)),
  }
  // The lines moved say no more than their address: their instances go along only when the
  // IPv6 finding goes whole.
  const merged: Finding = {
    ...refused,
    ...(rest.lines === 0 ? joinInstances(refused.instances, ipv6.instances) : {}),
    lines: refused.lines + lines,
    upstreams,
    first: earlier(refused.first, ipv6.first),
    last: later(refused.last, ipv6.last),
    absorbed: [...refused.absorbed, { cause: 'upstream-refused-ipv6', lines }],
  }
  return findings.flatMap((f) => {
    if (f === refused) return [merged]
    if (f === ipv6) return rest.lines > 0 ? [rest] : []
    return [f]
  })
}

/** The port of `HOST:PORT` for the given host, or null. */
function portOf(address: string, host: string): string | null {
  return address.startsWith(`${host}:`) ? address.slice(host.length + 1) : null
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b
  return b === null || a <= b ? a : b
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b
  return b === null || a >= b ? a : b
}
