import type { CauseId } from '../causes.ts'
import { classifyLine, type Classified } from './classify-line.ts'
import { detach } from './detach.ts'
import { parseUpstream } from './upstream.ts'
import type { LineFacts, NginxLevel, UpstreamAddress } from './types.ts'

/** How many message shapes and upstream addresses the quick classifier remembers. */
const CACHE_LIMIT = 4096

const LEVELS: ReadonlySet<string> = new Set([
  'emerg',
  'alert',
  'crit',
  'error',
  'warn',
  'notice',
  'info',
  'debug',
])

/** A remembered message shape and what it means. */
interface Shape {
  level: NginxLevel
  message: string
  kind: string
  cause: CauseId | null
  status: number | undefined
}

/**
 * Creates a classifier for summaries of big logs. A cause depends only on an entry's level,
 * message, errno, phase and the kind of upstream, and real logs repeat those endlessly, so
 * the verdict is remembered per message shape and, for a plain nginx line, only the facts a
 * finding needs (time, level, server, upstream, status) are read. Anything unusual, and every
 * first occurrence, goes through {@link classifyLine}; tests check that both readings agree.
 * Not for JSON output: it keeps fewer facts.
 */
export function createQuickClassifier(): (raw: string) => Classified {
  // Keyed by a number computed from the message in place, so no key string is built per line;
  // a hit is confirmed by comparing the remembered message with the line itself.
  const shapes = new Map<number, Shape[]>()
  let remembered = 0
  const upstreams = new Map<string, UpstreamAddress>()

  const upstreamOf = (value: string): UpstreamAddress => {
    let known = upstreams.get(value)
    if (known === undefined) {
      if (upstreams.size >= CACHE_LIMIT) upstreams.clear()
      // Detached first: the cache outlives the chunk of the file the line was cut from.
      const kept = detach(value)
      known = parseUpstream(kept)
      upstreams.set(kept, known)
    }
    return known
  }

  return (raw) => {
    const plain = readPlainEntry(raw)
    if (plain === null) return classifyLine(raw)
    const upstream = plain.upstream === null ? undefined : upstreamOf(plain.upstream)
    const kind = upstreamKind(upstream)
    const signature = signatureOf(raw, plain.start, plain.end)
    const length = plain.end - plain.start
    const candidates = shapes.get(signature)
    const known = candidates?.find(
      (shape) =>
        shape.level === plain.level &&
        shape.kind === kind &&
        shape.message.length === length &&
        raw.startsWith(shape.message, plain.start),
    )
    if (known === undefined) {
      const full = classifyLine(raw)
      if (remembered >= CACHE_LIMIT) {
        shapes.clear()
        remembered = 0
      }
      const shape = {
        level: plain.level,
        message: detach(raw.slice(plain.start, plain.end)),
        kind,
        cause: full.cause,
        status: full.facts.status,
      }
      shapes.set(signature, [...(candidates ?? []), shape])
      remembered += 1
      return full
    }
    const facts: LineFacts = { source: 'nginx-error', time: plain.time, level: plain.level }
    if (plain.server !== null) facts.server = plain.server
    if (upstream !== undefined) facts.upstream = upstream
    if (known.status !== undefined) facts.status = known.status
    return { cause: known.cause, facts, text: raw }
  }
}

/** A cheap hash of the message: its length and characters sampled across it. */
function signatureOf(raw: string, start: number, end: number): number {
  const length = end - start
  let hash = length
  const step = Math.max(1, Math.floor(length / 16))
  for (let at = start; at < end; at += step) hash = (hash * 31 + raw.charCodeAt(at)) | 0
  return hash
}

/** The parts of an entry that decide its cause besides the message. */
function upstreamKind(upstream: UpstreamAddress | undefined): string {
  if (upstream === undefined) return ''
  if (upstream.socket !== null) return 'unix'
  if (upstream.host === '0.0.0.1') return 'placeholder'
  if (upstream.host === '::1') return 'v6-loopback'
  return upstream.host.includes(':') ? 'v6' : 'v4'
}

interface PlainEntry {
  time: string
  level: NginxLevel
  /** Where the message (with errno and phase) starts and ends in the line. */
  start: number
  end: number
  server: string | null
  /** The upstream value up to its URI, or null when the line names none. */
  upstream: string | null
}

/**
 * Reads a line that is exactly an nginx entry with an HTTP context: timestamp at column 0,
 * `, client:` present, an upstream with a scheme if any. Returns null for anything else.
 */
function readPlainEntry(raw: string): PlainEntry | null {
  if (raw.length < 30 || raw.charCodeAt(4) !== 47 || raw.charCodeAt(19) !== 32) return null
  if (raw.charCodeAt(20) !== 91 || raw.charCodeAt(raw.length - 1) === 13) return null
  const levelEnd = raw.indexOf('] ', 21)
  const level = raw.slice(21, levelEnd)
  const colon = LEVELS.has(level) ? raw.indexOf(': ', levelEnd) : -1
  if (colon === -1) return null
  let start = colon + 2
  if (raw.charCodeAt(start) === 42) start = raw.indexOf(' ', start) + 1
  const end = raw.indexOf(', client:', start)
  // FastCGI text can contain anything, including a fake context: leave it to the full reader.
  if (start === 0 || end === -1 || raw.startsWith('FastCGI', start)) return null
  const upstreamAt = raw.indexOf(', upstream: "', end)
  const upstream = upstreamAt === -1 ? null : authority(raw, upstreamAt + 13)
  // No scheme (or no upstream at all) may be a stream{} line: the full reader knows those.
  if (upstreamAt === -1 ? raw.includes(', bytes from/to', end) : upstream === null) return null
  const serverAt = raw.indexOf(', server: ', end)
  const serverEnd = serverAt === -1 ? -1 : raw.indexOf(', ', serverAt + 10)
  return {
    time: raw.slice(0, 19),
    level: level as NginxLevel,
    start,
    end,
    server:
      serverAt === -1 ? null : raw.slice(serverAt + 10, serverEnd === -1 ? undefined : serverEnd),
    upstream,
  }
}

/** The upstream value from `from` up to (not including) its URI; null without a scheme. */
function authority(raw: string, from: number): string | null {
  const end = raw.indexOf('"', from)
  if (end === -1) return null
  const value = raw.slice(from, end)
  const scheme = value.indexOf('://')
  if (scheme === -1) return null
  if (value.startsWith('unix:', scheme + 3)) {
    const close = value.indexOf(':', scheme + 8)
    return close === -1 ? value : value.slice(0, close + 1)
  }
  const slash = value.indexOf('/', scheme + 3)
  return slash === -1 ? value : value.slice(0, slash)
}
