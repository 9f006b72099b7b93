import type { CauseId } from '../causes.ts'
import { detach } from './detach.ts'
import { sortableTime } from './time.ts'
import type { LineFacts, LineResult } from './types.ts'

/** How many example lines a finding keeps (the first ones seen). */
export const MAX_EXAMPLES = 3

/** One upstream (or socket, or group) a finding touched, with its own count. */
export interface FindingUpstream {
  address: string
  lines: number
}

/** All the evidence for one cause: the unit the diagnosis shows and ranks. */
export interface Finding {
  cause: CauseId
  /** How many lines are evidence of this cause. */
  lines: number
  /** Earliest and latest time seen, `YYYY/MM/DD HH:MM:SS` (nginx's form), when lines had times. */
  first: string | null
  last: string | null
  /** Every upstream the lines named, most frequent first. */
  upstreams: FindingUpstream[]
  /** Statuses the clients got, ascending. */
  statuses: number[]
  servers: string[]
  /** The first few lines, as evidence to show and share. */
  examples: { line: number; text: string }[]
  /**
   * The facts of the first line that names an upstream (or the first line, when none does):
   * they fill the fix's slots (upstream, socket, path ...).
   */
  sample: LineFacts
}

/** Gathers findings from results one at a time, so memory stays flat on huge logs. */
export interface FindingsCollector {
  add(result: LineResult, text: string): void
  /** The findings so far, ranked (see {@link rankFindings}). */
  findings(): Finding[]
}

interface Acc {
  finding: Finding
  /** Lines per upstream address, counted in place. */
  upstreams: Map<string, FindingUpstream>
  statuses: Set<number>
  servers: Set<string>
  /**
   * The last server and time seen: logs repeat them line after line, so most are skipped. Not
   * detached (that would cost a copy per line): each pins at most one 64 KB chunk of the CLI.
   */
  lastServer: string
  lastTime: string
  /** Whether the sample names an upstream; until one does, a line that does replaces it. */
  sampleNames: boolean
}

/** Creates an empty {@link FindingsCollector}. */
export function createFindingsCollector(): FindingsCollector {
  const byCause = new Map<CauseId, Acc>()
  return {
    add(result, text) {
      if (result.cause === null) return
      let acc = byCause.get(result.cause)
      if (acc === undefined) {
        acc = {
          finding: {
            cause: result.cause,
            lines: 0,
            first: null,
            last: null,
            upstreams: [],
            statuses: [],
            servers: [],
            examples: [],
            sample: structuredClone(result.facts),
          },
          upstreams: new Map(),
          statuses: new Set(),
          servers: new Set(),
          lastServer: '',
          lastTime: '',
          sampleNames: namesUpstream(result.facts),
        }
        byCause.set(result.cause, acc)
      }
      addTo(acc, result, text)
    },
    findings() {
      return rankFindings([...byCause.values()].map(finish))
    },
  }
}

// What a finding keeps is detached (see detach.ts): otherwise each remembered server, upstream,
// time or example would pin the megabyte of the file its line was read from.
function addTo(acc: Acc, result: LineResult, text: string): void {
  const { finding } = acc
  const { facts } = result
  finding.lines += 1
  const time = sortableTime(facts)
  if (time !== null && time !== acc.lastTime) {
    acc.lastTime = time
    if (finding.first === null || time < finding.first) finding.first = detach(time)
    if (finding.last === null || time > finding.last) finding.last = detach(time)
  }
  // A DNS failure names no address, only the host it could not resolve: that is its upstream.
  const address = facts.upstream?.address ?? facts.resolve
  if (address !== undefined) {
    const seen = acc.upstreams.get(address)
    if (seen === undefined) {
      const kept = detach(address)
      acc.upstreams.set(kept, { address: kept, lines: 1 })
    } else seen.lines += 1
  }
  if (facts.status !== undefined) acc.statuses.add(facts.status)
  const server = facts.server
  if (server !== undefined && server !== acc.lastServer) {
    acc.lastServer = server
    if (server !== '' && acc.servers.size < 50 && !acc.servers.has(server)) {
      acc.servers.add(detach(server))
    }
  }
  if (!acc.sampleNames && namesUpstream(facts)) {
    finding.sample = structuredClone(facts)
    acc.sampleNames = true
  }
  if (finding.examples.length < MAX_EXAMPLES) {
    finding.examples.push({ line: result.line, text: detach(text) })
  }
}

/** Whether a line names the upstream it is about (an address, or a name DNS failed on). */
function namesUpstream(facts: LineFacts): boolean {
  return facts.upstream !== undefined || facts.resolve !== undefined
}

function finish(acc: Acc): Finding {
  const upstreams = [...acc.upstreams.values()].map((upstream) => ({ ...upstream }))
  upstreams.sort((a, b) => b.lines - a.lines || a.address.localeCompare(b.address))
  return {
    ...acc.finding,
    upstreams,
    statuses: [...acc.statuses].sort((a, b) => a - b),
    servers: [...acc.servers].sort(),
  }
}

/**
 * Where each cause stands when deciding what to act on first. Lines from other programs come
 * first because they explain nginx's errors (an OOM kill is why the upstream refused); then
 * mistakes that fail every request; then runtime failures; the access log's 502s are only
 * the symptom. Lower acts first.
 */
export const CAUSE_RANK: Readonly<Record<CauseId, number>> = {
  'oom-kill': 10,
  'backend-crash': 11,
  'selinux-denied': 12,
  'php-fpm-max-children': 13,
  'socket-missing': 20,
  'permission-denied': 21,
  'dns-no-resolver': 22,
  'upstream-refused-ipv6': 23,
  'upstream-ssl': 24,
  'header-too-big': 25,
  'invalid-response': 26,
  'dns-resolve-failed': 27,
  'upstream-refused': 30,
  'upstream-unreachable': 31,
  'resource-exhaustion': 32,
  'upstream-connect-timeout': 33,
  'upstream-read-timeout': 34,
  'upstream-premature-close': 35,
  'upstream-reset': 36,
  'upstream-broken-pipe': 37,
  'no-live-upstreams': 40,
  'fastcgi-stderr': 41,
  'access-log-502': 50,
}

/** Orders findings by {@link CAUSE_RANK}, then by more lines, then by the latest line. */
export function rankFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      CAUSE_RANK[a.cause] - CAUSE_RANK[b.cause] ||
      b.lines - a.lines ||
      (b.last ?? '').localeCompare(a.last ?? ''),
  )
}

/**
 * Merges the findings of two consecutive parts of one log (`earlier` read before `later`), as
 * when a large file is read by two workers: counts add up, times widen, examples and the
 * sample come from the earlier part first. The result is ranked.
 */
export function mergeFindings(earlier: readonly Finding[], later: readonly Finding[]): Finding[] {
  const byCause = new Map(earlier.map((finding) => [finding.cause, finding]))
  for (const next of later) {
    const prev = byCause.get(next.cause)
    byCause.set(next.cause, prev === undefined ? next : mergeTwo(prev, next))
  }
  return rankFindings([...byCause.values()])
}

function mergeTwo(a: Finding, b: Finding): Finding {
  const upstreams = new Map(a.upstreams.map((u) => [u.address, u.lines]))
  for (const u of b.upstreams) upstreams.set(u.address, (upstreams.get(u.address) ?? 0) + u.lines)
  const merged = [...upstreams].map(([address, lines]) => ({ address, lines }))
  merged.sort((x, y) => y.lines - x.lines || x.address.localeCompare(y.address))
  return {
    cause: a.cause,
    lines: a.lines + b.lines,
    first: pick(a.first, b.first, (x, y) => x <= y),
    last: pick(a.last, b.last, (x, y) => x >= y),
    upstreams: merged,
    statuses: [...new Set([...a.statuses, ...b.statuses])].sort((x, y) => x - y),
    servers: [...new Set([...a.servers, ...b.servers])].sort().slice(0, 50),
    examples: [...a.examples, ...b.examples].slice(0, MAX_EXAMPLES),
    sample: namesUpstream(a.sample) || !namesUpstream(b.sample) ? a.sample : b.sample,
  }
}

function pick(x: string | null, y: string | null, keepX: (x: string, y: string) => boolean) {
  if (x === null) return y
  if (y === null) return x
  return keepX(x, y) ? x : y
}
