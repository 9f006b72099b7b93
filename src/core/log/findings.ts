import type { CauseId } from '../causes.ts'
import { detach } from './detach.ts'
import {
  emptyFinding,
  INSTANCE_LIMIT,
  joinInstances,
  MAX_EXAMPLES,
  type Finding,
  type FindingInstance,
  type FindingUpstream,
} from './finding.ts'
import { rankFindings } from './rank.ts'
import { sortableTime } from './time.ts'
import type { LineFacts, LineResult } from './types.ts'

/**
 * How many upstreams a finding counts one by one. A fleet's log can name thousands; past this
 * many, lines to upstreams not yet seen are only counted together (`otherUpstreamLines`), so
 * memory stays flat and the upstreams a person reads are the ones seen first and most.
 */
export const UPSTREAM_LIMIT = 256

/** Gathers findings from results one at a time, so memory stays flat on huge logs. */
export interface FindingsCollector {
  add(result: LineResult, text: string): void
  /** The findings so far, ranked (see {@link rankFindings}). */
  findings(): Finding[]
  /**
   * The findings so far as gathered, before ranking: what {@link mergeFindings} joins when a
   * log is read in parts (ranking takes in `[::1]` refusals, which only the whole log can tell).
   */
  gathered(): Finding[]
}

interface Acc {
  finding: Finding
  /** Lines per upstream address, counted in place. */
  upstreams: Map<string, FindingUpstream>
  statuses: Set<number>
  servers: Set<string>
  processes: Set<string>
  /** Lines per instance (host, pod, container), counted in place. */
  instances: Map<string, FindingInstance>
  /**
   * The last server and time seen: logs repeat them line after line, so most are skipped. Not
   * detached (that would cost a copy per line): each pins at most one 64 KB chunk of the CLI.
   */
  lastServer: string
  lastTime: string
  lastStatus: number
  /** Whether the sample names an upstream; until one does, a line that does replaces it. */
  sampleNames: boolean
  /** The sample's entry text, read again with every fact when the findings are asked for. */
  sampleText: string
}

/** Options of {@link createFindingsCollector}. */
export interface CollectorOptions {
  /**
   * Reads a sample's text with every fact: lines are read for a finding's facts only, while the
   * sample fills checks and fixes (the request's path, the client ...).
   */
  readSample?: (text: string) => LineFacts
}

/** Creates an empty {@link FindingsCollector}. */
export function createFindingsCollector(options: CollectorOptions = {}): FindingsCollector {
  const byCause = new Map<CauseId, Acc>()
  return {
    add(result, text) {
      if (result.cause === null) return
      let acc = byCause.get(result.cause)
      if (acc === undefined) {
        acc = {
          finding: emptyFinding(result.cause, structuredClone(result.facts)),
          upstreams: new Map(),
          statuses: new Set(),
          servers: new Set(),
          processes: new Set(),
          instances: new Map(),
          lastServer: '',
          lastTime: '',
          lastStatus: -1,
          sampleNames: namesUpstream(result.facts),
          sampleText: detach(text),
        }
        byCause.set(result.cause, acc)
      }
      addTo(acc, result, text)
    },
    findings() {
      return rankFindings(this.gathered())
    },
    gathered() {
      return [...byCause.values()].map((acc) => finish(acc, options.readSample))
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
  // Kept as they are (each pins at most one chunk) and detached once, when finished: in a
  // log whose every line has a new second, a copy per line was a visible part of the time.
  if (time !== null && time !== acc.lastTime) {
    acc.lastTime = time
    if (finding.first === null || time < finding.first) finding.first = time
    if (finding.last === null || time > finding.last) finding.last = time
  }
  // A DNS failure names no address, only the host it could not resolve: that is its upstream.
  const address = facts.upstream?.address ?? facts.resolve
  if (address !== undefined) {
    const seen = acc.upstreams.get(address)
    if (seen !== undefined) seen.lines += 1
    else if (acc.upstreams.size >= UPSTREAM_LIMIT) finding.otherUpstreamLines += 1
    else {
      const kept = detach(address)
      acc.upstreams.set(kept, { address: kept, lines: 1 })
    }
  }
  const status = facts.status
  if (status !== undefined && status !== acc.lastStatus) {
    acc.lastStatus = status
    acc.statuses.add(status)
  }
  const server = facts.server
  if (server !== undefined && server !== acc.lastServer) {
    acc.lastServer = server
    if (server !== '' && acc.servers.size < 50 && !acc.servers.has(server)) {
      acc.servers.add(detach(server))
    }
  }
  if (facts.source === 'nginx-stream') finding.stream += 1
  const extra = facts.extra
  const instance = extra?.instance
  if (instance !== undefined) {
    const seen = acc.instances.get(instance)
    if (seen !== undefined) seen.lines += 1
    else if (acc.instances.size < INSTANCE_LIMIT) {
      const name = detach(instance)
      acc.instances.set(name, { name, lines: 1 })
    }
  }
  const process = extra === undefined ? undefined : (extra.process ?? extra.service ?? extra.app)
  if (process !== undefined && acc.processes.size < 10 && !acc.processes.has(process)) {
    acc.processes.add(detach(process))
  }
  if (!acc.sampleNames && namesUpstream(facts)) {
    finding.sample = structuredClone(facts)
    acc.sampleNames = true
    acc.sampleText = detach(text)
  }
  if (finding.examples.length < MAX_EXAMPLES) {
    finding.examples.push({ line: result.line, text: detach(text) })
  }
}

/** Whether a line names the upstream it is about (an address, or a name DNS failed on). */
function namesUpstream(facts: LineFacts): boolean {
  return facts.upstream !== undefined || facts.resolve !== undefined
}

function finish(acc: Acc, readSample: CollectorOptions['readSample']): Finding {
  const upstreams = [...acc.upstreams.values()].map((upstream) => ({ ...upstream }))
  upstreams.sort((a, b) => b.lines - a.lines || a.address.localeCompare(b.address))
  const sample = acc.finding.sample
  const full = readSample?.(acc.sampleText)
  const { first, last } = acc.finding
  return {
    ...acc.finding,
    first: first === null ? null : detach(first),
    last: last === null ? null : detach(last),
    // What a wrapper said (the runtime, its time) is not in the entry's text: keep it.
    sample: full === undefined ? sample : withWrapperFacts(full, sample),
    upstreams,
    statuses: [...acc.statuses].sort((a, b) => a - b),
    servers: [...acc.servers].sort(),
    processes: [...acc.processes],
    ...joinInstances([...acc.instances.values()], undefined),
  }
}

/**
 * Merges the gathered findings (see FindingsCollector.gathered) of two consecutive parts of
 * one log (`earlier` read before `later`), as when a large file is read by two workers: counts
 * add up, times widen, examples and the sample come from the earlier part first. The result
 * is ranked.
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
  let otherUpstreamLines = a.otherUpstreamLines + b.otherUpstreamLines
  for (const u of b.upstreams) {
    const known = upstreams.get(u.address)
    if (known !== undefined) upstreams.set(u.address, known + u.lines)
    else if (upstreams.size < UPSTREAM_LIMIT) upstreams.set(u.address, u.lines)
    else otherUpstreamLines += u.lines
  }
  const merged = [...upstreams].map(([address, lines]) => ({ address, lines }))
  merged.sort((x, y) => y.lines - x.lines || x.address.localeCompare(y.address))
  return {
    cause: a.cause,
    lines: a.lines + b.lines,
    first: pick(a.first, b.first, (x, y) => x <= y),
    last: pick(a.last, b.last, (x, y) => x >= y),
    upstreams: merged,
    otherUpstreamLines,
    statuses: [...new Set([...a.statuses, ...b.statuses])].sort((x, y) => x - y),
    servers: [...new Set([...a.servers, ...b.servers])].sort().slice(0, 50),
    stream: a.stream + b.stream,
    processes: [...new Set([...a.processes, ...b.processes])].slice(0, 10),
    ...joinInstances(a.instances, b.instances),
    explains: [],
    absorbed: [],
    examples: [...a.examples, ...b.examples].slice(0, MAX_EXAMPLES),
    sample: namesUpstream(a.sample) || !namesUpstream(b.sample) ? a.sample : b.sample,
  }
}

function pick(x: string | null, y: string | null, keepX: (x: string, y: string) => boolean) {
  if (x === null) return y
  if (y === null) return x
  return keepX(x, y) ? x : y
}

/** A sample read again in full, with what only the line's wrapper had said (see finish). */
function withWrapperFacts(full: LineFacts, first: LineFacts): LineFacts {
  if (first.extra === undefined) return full
  return { ...full, extra: { ...first.extra, ...full.extra } }
}
