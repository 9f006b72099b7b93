import { readOtherAccess } from './classify/access-formats.ts'
import { parseAccessEntry, ACCESS_HEAD } from './classify/access-line.ts'
import { classifyOtherLine } from './classify/other-programs.ts'
import { contextStart, readContext, type Depth } from './read/context.ts'
import { messageStart } from './read/fragment.ts'
import { headFacts, readHead } from './read/head.ts'
import { createMessageMemo } from './read/memo.ts'
import { createUpstreamReader, upstreamKind } from './read/upstream.ts'
import { cutTrailingColumns, unwrapInto, type Unwrapped } from './read/unwrap.ts'
import { composeServiceOf, prefixFacts } from './read/wrapper-prefix.ts'
import type { Classified, LineFacts } from './types.ts'

/** Options of {@link createReader}. */
export interface ReaderOptions {
  /**
   * How many facts to read: `finding` (the default) reads what findings use (time, level,
   * server, upstream, resolve, status); `all` reads every field (for `--json`, a finding's
   * sample, tests).
   */
  depth?: Depth
}

/** Reads one line (or one joined entry) into its cause and facts. Never throws. */
export type LineReader = (raw: string) => Classified

/**
 * Creates the one reader of log lines. Its stages, each written once:
 *
 * 1. unwrap — wrappers (quoting, docker's JSON, shipper columns) come off (read/unwrap.ts);
 * 2. head — time, level, pid#tid, `*conn`, however damaged (read/head.ts);
 * 3. message — text, errno, `while` phase, names in the message (read/message.ts);
 * 4. context — `client:`, `server:`, `request:`, `upstream:` ... (read/context.ts);
 * 5. classify — the verdict (classify/), or the rules for access-log and other programs' lines.
 *
 * Logs repeat a few messages endlessly, so stages 3 and 5 are remembered per message (the
 * memo, bounded and owned by this reader): on a big log most lines cost stages 1, 2 and 4.
 */
export function createReader(options: ReaderOptions = {}): LineReader {
  const depth = options.depth ?? 'finding'
  const all = depth === 'all'
  const memo = createMessageMemo()
  const readUpstream = createUpstreamReader({ uri: all })

  const readEntry = (
    text: string,
    start: number,
    bodyAt: number,
    facts: LineFacts,
    cut: boolean,
  ): Classified => {
    const entry = cutTrailingColumns(text, start)
    const from = bodyAt - start
    const contextAt = contextStart(entry, from)
    const end = contextAt === -1 ? entry.length : contextAt
    const ends = contextAt !== -1 ? 'context' : cut ? 'cut' : 'end'
    const shape = memo.reading(entry, from, end, ends, facts.level)
    // A finding never counts this line, whatever its context says: do not read it.
    if (shape.quiet && !all) return { cause: null, facts, text: entry }
    const { reading } = shape
    if (all) {
      facts.message = reading.message
      if (reading.errno !== undefined) facts.errno = reading.errno
      if (reading.errnoText !== undefined) facts.errnoText = reading.errnoText
      if (reading.phase !== undefined) facts.phase = reading.phase
    }
    if (contextAt !== -1) readContext(entry, contextAt, facts, depth, readUpstream)
    if (facts.upstream === undefined && reading.upstream !== undefined) {
      facts.upstream = reading.upstream
    }
    if (reading.resolver !== undefined && all) facts.resolver = reading.resolver
    if (reading.resolve !== undefined) facts.resolve = reading.resolve
    const verdict = shape.verdict(facts.source, upstreamKind(facts.upstream))
    if (verdict.status !== undefined) facts.status = verdict.status
    if (verdict.lookalike !== undefined) facts.lookalike = verdict.lookalike
    if (verdict.alternative !== undefined) facts.alternative = verdict.alternative
    if (cut) facts.extra = { ...facts.extra, cut: 'true' }
    return { cause: verdict.cause, facts, text: entry }
  }

  const readUnwrapped = (text: string, cut: boolean): Classified => {
    const head = readHead(text, all)
    if (head !== null) {
      let facts: LineFacts
      if (all) headFacts(head, (facts = { source: 'nginx-error' }))
      else if (head.time === undefined) facts = { source: 'nginx-error', level: head.level }
      else facts = { source: 'nginx-error', time: head.time, level: head.level }
      if (head.start > 0) {
        const extra = wrapperFacts(text.slice(0, head.start), all)
        if (extra !== undefined) facts.extra = extra
      }
      return readEntry(text, head.start, head.end, facts, cut)
    }
    const access = text.includes('] "') ? ACCESS_HEAD.exec(text) : null
    if (access !== null) {
      const entry = cutTrailingColumns(text, access.index)
      const result = accessResult(parseAccessEntry(entry, access, readUpstream), entry)
      const extra = access.index > 0 ? wrapperFacts(text.slice(0, access.index), all) : undefined
      if (extra !== undefined) result.facts.extra = extra
      return result
    }
    const other = readOtherAccess(text, readUpstream)
    if (other !== null) return accessResult(other, text)
    const fragment = messageStart(text)
    if (fragment !== null) {
      const facts: LineFacts = { source: 'nginx-error' }
      if (fragment.connection !== undefined && all) facts.connection = fragment.connection
      return readEntry(text, fragment.start, fragment.body, facts, cut)
    }
    const program = classifyOtherLine(text)
    if (program !== null) return { ...program, text }
    return { cause: null, facts: { source: 'unknown' }, text }
  }

  const unwrapped: Unwrapped = { text: '' }
  return (raw) => {
    unwrapInto(raw, unwrapped)
    const { text, wrapperTime, cut } = unwrapped
    const result = readUnwrapped(text, cut === true)
    if (wrapperTime !== undefined) result.facts.extra = { ...result.facts.extra, wrapperTime }
    return result
  }
}

/**
 * What a line's wrapper said: which one it is (it chooses fix variants: Docker, Kubernetes ...),
 * and where the line came from, which counts per finding, so it is read at every depth.
 */
function wrapperFacts(prefix: string, all: boolean): Record<string, string> | undefined {
  const found = prefixFacts(prefix)
  if (found === null) return undefined
  const extra: Record<string, string> = { wrapper: found.wrapper }
  const service = all && found.wrapper === 'docker-compose' ? composeServiceOf(prefix) : null
  if (service !== null) extra['composeService'] = service
  if (found.instance !== null) extra['instance'] = found.instance
  return extra
}

/** An access-log line's verdict: its 502s and 504s are the symptom, every other status none. */
function accessResult(facts: LineFacts, text: string): Classified {
  const gateway = facts.status === 502 || facts.status === 504
  return { cause: gateway ? 'access-log-502' : null, facts, text }
}

/**
 * Reads one line on its own with every fact: for tests and one-off readings. A log is read
 * with one {@link createReader} (through an analyzer), whose memo serves every line.
 */
export function readLine(raw: string): Classified {
  return createReader({ depth: 'all' })(raw)
}
