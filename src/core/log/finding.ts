import type { CauseId } from '../causes.ts'
import type { LineFacts } from './types.ts'

/** How many example lines a finding keeps (the first ones seen). */
export const MAX_EXAMPLES = 3

/** One upstream (or socket, or group) a finding touched, with its own count. */
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
