import type { CauseId } from '../causes.ts'
import type { LineFacts } from './types.ts'

/** How many example lines a finding keeps (the first ones seen). */
export const MAX_EXAMPLES = 3

/** One upstream (or socket, or group) a finding touched, with its own count. */
/** One host, pod or container a finding's lines came from. */
export interface FindingInstance {
  name: string
  lines: number
}

export interface FindingUpstream {
  address: string
  lines: number
}

/** Why one finding explains another (see rank.ts); the page words it. */
export type ExplainReason =
  /** A crash, kill or worker death at the same time as the failures against the backend. */
  | 'same-time'
  /** An SELinux denial behind `13: Permission denied`. */
  | 'denial'
  /** The failures of a group's servers, after which nginx had none left. */
  | 'group-servers'
  /** `localhost` is two servers, `[::1]` and `127.0.0.1`: both failed. */
  | 'localhost-pair'
  /** The visitors' 502/504s that the error log explains. */
  | 'symptom'

/** One finding explained by another. */
export interface Explanation {
  cause: CauseId
  reason: ExplainReason
}

/** All the evidence for one cause: the unit the diagnosis shows and ranks. */
export interface Finding {
  cause: CauseId
  /** How many lines are evidence of this cause. */
  lines: number
  /** Earliest and latest time seen, `YYYY/MM/DD HH:MM:SS` (nginx's form), when lines had times. */
  first: string | null
  last: string | null
  /** The upstreams the lines named, most frequent first (see UPSTREAM_LIMIT in findings.ts). */
  upstreams: FindingUpstream[]
  /** Lines naming an upstream past the first UPSTREAM_LIMIT ones, counted together. */
  otherUpstreamLines: number
  /** Statuses the clients got, ascending. */
  statuses: number[]
  servers: string[]
  /**
   * Lines from nginx's stream{} (TCP) proxy: their clients saw a closed connection, not a
   * 502 or 504.
   */
  stream: number
  /** The processes, services or apps other programs' lines name (the one that died ...). */
  processes: string[]
  /**
   * The hosts, pods or containers its lines came from, as their wrappers name them, with how
   * many lines each wrote, most first; absent when no line carried one.
   */
  instances?: FindingInstance[]
  /**
   * The findings this one explains (a crash explains the resets at the same time), set by
   * ranking (rank.ts); each with the reason.
   */
  explains: Explanation[]
  /** Lines of other causes this finding took in (see localhost-pair.ts), by cause. */
  absorbed: { cause: CauseId; lines: number }[]
  /** The first few lines, as evidence to show and share. */
  examples: { line: number; text: string }[]
  /**
   * The facts of the first line that names an upstream (or the first line, when none does):
   * they fill the fix's slots (upstream, socket, path ...).
   */
  sample: LineFacts
}

/** A finding with no lines yet: what the collector starts from for a new cause. */
export function emptyFinding(cause: CauseId, sample: LineFacts): Finding {
  return {
    cause,
    lines: 0,
    first: null,
    last: null,
    upstreams: [],
    otherUpstreamLines: 0,
    statuses: [],
    servers: [],
    stream: 0,
    processes: [],
    explains: [],
    absorbed: [],
    examples: [],
    sample,
  }
}

/** How many instances a finding names one by one (a fleet of hundreds is counted, not listed). */
export const INSTANCE_LIMIT = 500

/**
 * Two lists of instances as one, lines added up, most lines first (then by name, the order a
 * person reads a fleet in); nothing when neither has any, so a log without wrappers keeps
 * findings without the field.
 */
export function joinInstances(
  a: readonly FindingInstance[] | undefined,
  b: readonly FindingInstance[] | undefined,
): { instances?: FindingInstance[] } {
  if ((a === undefined || a.length === 0) && (b === undefined || b.length === 0)) return {}
  const lines = new Map<string, number>()
  for (const i of [...(a ?? []), ...(b ?? [])])
    lines.set(i.name, (lines.get(i.name) ?? 0) + i.lines)
  const instances = [...lines].map(([name, n]) => ({ name, lines: n }))
  instances.sort((x, y) => y.lines - x.lines || x.name.localeCompare(y.name))
  return { instances: instances.slice(0, INSTANCE_LIMIT) }
}
