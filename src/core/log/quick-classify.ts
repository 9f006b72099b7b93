import type { CauseId } from '../causes.ts'
import { upstreamKind } from './classify-error.ts'
import { classifyLine, type Classified } from './classify-line.ts'
import { parseContext } from './context.ts'
import type { PlainContextReader } from './plain-context.ts'
import { startsAt } from './starts-at.ts'
import { CACHE_LIMIT, cachedBy, detach } from './detach.ts'
import { ERROR_HEAD_AT_START, headFacts } from './error-line.ts'
import { parseUpstream } from './upstream.ts'
import type { LineFacts, NginxLevel, UpstreamAddress } from './types.ts'
import { MAX_LINE } from './unwrap.ts'

/** Options of {@link createQuickClassifier}. */
export interface QuickOptions {
  /**
   * Read every fact, exactly as {@link classifyLine} would (for `--json`). By default only
   * the facts a finding uses are read: time, level, server, upstream, resolve, status.
   */
  allFacts?: boolean
  /**
   * With `allFacts`, reads plain contexts and writes the facts' JSON text on the way (see
   * plain-context.ts): given by the command line, so the page, which prints no JSON, does not
   * carry it.
   */
  plainContext?: PlainContextReader
}

/** A remembered message shape and what it means. */
interface Shape {
  level: NginxLevel
  /** The message with its errno and phase, as written in the line. */
  written: string
  kind: string
  cause: CauseId | null
  /** Those facts as JSON text, `,"phase":...` ('' when there are none). */
  json: string
  /** What the full reader made of the written message, in the order it adds them. */
  facts: Pick<
    LineFacts,
    | 'resolver'
    | 'phase'
    | 'errno'
    | 'errnoText'
    | 'message'
    | 'resolve'
    | 'status'
    | 'lookalike'
    | 'alternative'
  >
}

/**
 * Creates a classifier for big logs. A cause depends only on an entry's level, message, errno,
 * phase and the kind of upstream, and real logs repeat those endlessly, so the reading of the
 * message is remembered per shape; only the head and the context are read on every line.
 * Anything unusual, and every first occurrence, goes through {@link classifyLine}; tests check
 * that both readings agree.
 */
export function createQuickClassifier(options: QuickOptions = {}): (raw: string) => Classified {
  const allFacts = options.allFacts === true
  // Keyed by a number computed from the message in place, so no key string is built per line;
  // a hit is confirmed by comparing the remembered message with the line itself.
  const shapes = new Map<number, Shape[]>()
  let remembered = 0
  const upstreams = new Map<string, UpstreamAddress>()

  const upstreamOf = (value: string): UpstreamAddress => cachedBy(upstreams, value, parseUpstream)

  const shapeOf = (raw: string, level: NginxLevel, start: number, end: number, kind: string) => {
    const candidates = shapes.get(signatureOf(raw, start, end))
    if (candidates === undefined) return undefined
    for (const shape of candidates) {
      if (
        shape.level === level &&
        shape.kind === kind &&
        shape.written.length === end - start &&
        raw.slice(start, end) === shape.written
      ) {
        return shape
      }
    }
    return undefined
  }

  const learn = (raw: string, level: NginxLevel, start: number, end: number, kind: string) => {
    const full = classifyLine(raw)
    // A tab would have cut the entry short (a shipper's next column): never answer from it.
    // So a message that is remembered holds no tab, and neither does one that matches it.
    if (raw.lastIndexOf('\t', end) >= start) return full
    if (remembered >= CACHE_LIMIT) {
      shapes.clear()
      remembered = 0
    }
    const { resolver, phase, errno, errnoText, message, resolve, status, lookalike, alternative } =
      full.facts
    const known = detachAll({
      resolver,
      phase,
      errno,
      errnoText,
      message,
      resolve,
      status,
      lookalike,
      alternative,
    })
    const json = JSON.stringify(known).slice(1, -1)
    const shape: Shape = {
      level,
      written: detach(raw.slice(start, end)),
      kind,
      cause: full.cause,
      json: json === '' ? '' : `,${json}`,
      facts: known,
    }
    const signature = signatureOf(raw, start, end)
    shapes.set(signature, [...(shapes.get(signature) ?? []), shape])
    remembered += 1
    return full
  }

  const readPlain = options.plainContext ?? null
  // With every fact wanted, the JSON text of the context just read, when it was plain.
  let contextJson: string | null = null

  /** Reads the context at `end` into `facts`; false when the full reader must read the line. */
  const readContext = (raw: string, start: number, end: number, facts: LineFacts): boolean => {
    // No context: only the message (and a resolver, perhaps) is there.
    if (end === raw.length) {
      contextJson = readPlain === null ? null : ''
      return !namesPeer(raw, start)
    }
    if (allFacts) {
      contextJson = readPlain === null ? null : readPlain(raw, end, facts)
      if (contextJson !== null) return !(facts.upstream === undefined && namesPeer(raw, start))
      parseContext(raw, end, facts)
      // A stream{} line, one whose upstream is only in the message, or a context a tab cuts
      // short: the full reader knows those.
      return (
        facts.source === 'nginx-error' &&
        !(facts.upstream === undefined && namesPeer(raw, start)) &&
        !raw.includes('\t', end)
      )
    }
    SIMPLE_CONTEXT.lastIndex = end
    const context = SIMPLE_CONTEXT.exec(raw)
    const value = context?.[2]
    if (context === null || (value === undefined && namesPeer(raw, start))) return false
    facts.server = context[1] ?? ''
    if (value !== undefined) facts.upstream = upstreamOf(value)
    return true
  }

  return (raw) => {
    const head = ERROR_HEAD_AT_START.exec(raw)
    const start = head === null ? -1 : head[0].length
    const end = head === null ? -1 : contextStart(raw, start)
    if (head === null || end === -1) return classifyLine(raw)
    const level = head[2] as NginxLevel
    const facts: LineFacts = allFacts
      ? headFacts(head)
      : { source: 'nginx-error', time: raw.slice(0, 19), level }
    if (!readContext(raw, start, end, facts)) return classifyLine(raw)
    const kind = upstreamKind(facts.upstream)
    const shape = shapeOf(raw, level, start, end, kind)
    if (shape === undefined) return learn(raw, level, start, end, kind)
    if (!allFacts) {
      if (shape.facts.resolve !== undefined) facts.resolve = shape.facts.resolve
      if (shape.facts.status !== undefined) facts.status = shape.facts.status
      return { cause: shape.cause, facts, text: raw }
    }
    addMessageFacts(facts, shape.facts)
    const factsJson =
      contextJson === null ? undefined : `${headJson(facts)}${contextJson}${shape.json}}`
    return { cause: shape.cause, facts, text: raw, factsJson }
  }
}

/**
 * Adds what the full reader made of the message, one by one in its order: the object keeps
 * the layout the full reader gives it (Object.assign here made --json markedly slower).
 */
function addMessageFacts(facts: LineFacts, known: Shape['facts']): void {
  if (known.resolver !== undefined) facts.resolver = known.resolver
  if (known.phase !== undefined) facts.phase = known.phase
  if (known.errno !== undefined) facts.errno = known.errno
  if (known.errnoText !== undefined) facts.errnoText = known.errnoText
  if (known.message !== undefined) facts.message = known.message
  if (known.resolve !== undefined) facts.resolve = known.resolve
  if (known.status !== undefined) facts.status = known.status
  if (known.lookalike !== undefined) facts.lookalike = known.lookalike
  if (known.alternative !== undefined) facts.alternative = known.alternative
}

/**
 * The JSON text of the facts {@link headFacts} reads, without the closing brace: its values
 * are digits, a level and a time the head pattern matched, none of which JSON escapes.
 */
function headJson(facts: LineFacts): string {
  const { time, level, pid, tid, connection } = facts
  const head = `{"source":"nginx-error","time":"${time}","level":"${level}","pid":${pid},"tid":${tid}`
  return connection === undefined ? head : `${head},"connection":${connection}`
}

/** The same facts with every string detached (see detach.ts) and absent ones left out. */
function detachAll(facts: Record<string, unknown>): Shape['facts'] {
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(facts)) {
    if (value !== undefined) kept[key] = typeof value === 'string' ? detach(value) : value
  }
  return kept as Shape['facts']
}

/** `connect() to <peer> failed`: the full reader takes the upstream from the message. */
function namesPeer(raw: string, start: number): boolean {
  return startsAt(raw, 'connect() to ', start) || startsAt(raw, 'kevent', start)
}

/** A cheap hash of the message: its length and characters sampled across it. */
function signatureOf(raw: string, start: number, end: number): number {
  const length = end - start
  let hash = length
  const step = Math.max(1, Math.floor(length / 16))
  for (let at = start; at < end; at += step) hash = (hash * 31 + raw.charCodeAt(at)) | 0
  return hash
}

/**
 * Where the context (`, client:`) of a line whose head ends at `start` starts, the line's
 * length when it has none, or -1 when the line is anything the full reader would unwrap or cut
 * (a `\r`, an ISO time, an overlong line). Tabs are looked for where they matter.
 */
function contextStart(raw: string, start: number): number {
  if (raw.length > MAX_LINE || raw.charCodeAt(raw.length - 1) === 13) return -1
  // The full reader takes an ISO time near the start for a wrapper's (unwrap.ts).
  const t = raw.indexOf('T')
  const dash = t === -1 || t > 63 ? -1 : raw.indexOf('-')
  if (dash !== -1 && dash < 64) return -1
  // FastCGI text is the application's and may hold anything, so there the context is the
  // last `, client:`, as the full reader takes it (error-line.ts).
  const end = startsAt(raw, 'FastCGI sent in stderr: ', start)
    ? raw.lastIndexOf(', client:')
    : raw.indexOf(', client:', start)
  return end < start ? raw.length : end
}

/**
 * A context written the way nginx writes it, every key once and in its order, no value holding
 * a quote, comma, tab or anything else to trip over: then the server (1) and the upstream up to
 * its URI (2) are exactly what the full reader finds. Anything else (a stream{} line, a repeated
 * key, an upstream without a scheme) does not match and goes to the full reader. Each piece
 * ends where the next cannot start (the lookaheads), so a line that does not match fails fast.
 */
const SIMPLE_CONTEXT =
  /, client: [^,\t]*, server: ([^\s,]*)(?:, request: "[^"\t]*")?(?:, upstream: "([a-z][a-z\d+.-]*:\/\/(?:unix:[^:"\t]*(?::|(?="))|[^"\t/]*(?=[/"])))[^"\t]*")?(?:, host: "[^"\t]*")?(?:, referrer: "[^"\t]*")?$/y
