import type { CauseId } from '../causes.ts'
import { classifyLine, type Classified } from './classify-line.ts'
import { parseUpstream } from './upstream.ts'
import type { LineFacts, NginxLevel, UpstreamAddress } from './types.ts'

/** How many verdicts and upstream addresses the quick classifier remembers. */
const CACHE_LIMIT = 4096

interface Verdict {
  cause: CauseId | null
  status: number | undefined
}

/**
 * Creates a classifier for summaries of big logs. A cause depends only on an entry's level,
 * message, errno, phase and the kind of upstream, and real logs repeat those endlessly, so
 * the verdict is remembered by that key and, for a plain nginx line, only the facts a
 * finding needs (time, level, server, upstream, status) are read. Anything unusual, and every
 * first occurrence, goes through {@link classifyLine}; the quick and full readings are tested
 * to agree. Not for JSON output: it keeps fewer facts.
 */
export function createQuickClassifier(): (raw: string) => Classified {
  const verdicts = new Map<string, Verdict>()
  const upstreams = new Map<string, UpstreamAddress>()

  const upstreamOf = (value: string): UpstreamAddress => {
    let known = upstreams.get(value)
    if (known === undefined) {
      if (upstreams.size >= CACHE_LIMIT) upstreams.clear()
      known = parseUpstream(value)
      upstreams.set(value, known)
    }
    return known
  }

  return (raw) => {
    const plain = readPlainEntry(raw)
    if (plain === null) return classifyLine(raw)
    const upstream = plain.upstream === null ? undefined : upstreamOf(plain.upstream)
    const key = `${plain.level}\t${plain.message}\t${upstreamKind(upstream)}`
    const known = verdicts.get(key)
    if (known === undefined) {
      const full = classifyLine(raw)
      if (verdicts.size >= CACHE_LIMIT) verdicts.clear()
      verdicts.set(key, { cause: full.cause, status: full.facts.status })
      return full
    }
    const facts: LineFacts = { source: 'nginx-error', time: plain.time, level: plain.level }
    if (plain.server !== null) facts.server = plain.server
    if (upstream !== undefined) facts.upstream = upstream
    if (known.status !== undefined) facts.status = known.status
    return { cause: known.cause, facts, text: raw }
  }
}

/** The parts of an entry that decide its cause besides the message. */
function upstreamKind(upstream: UpstreamAddress | undefined): string {
  if (upstream === undefined) return ''
  if (upstream.socket !== null) return 'unix'
  if (upstream.host === '0.0.0.1') return 'placeholder'
  if (upstream.host === '::1') return 'v6-loopback'
  return upstream.host.includes(':') ? 'v6' : 'v4'
}

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

interface PlainEntry {
  time: string
  level: NginxLevel
  message: string
  server: string | null
  /** The upstream value up to its URI, or null when the line names none. */
  upstream: string | null
}

/**
 * Reads a line that is exactly an nginx entry with an HTTP context: timestamp at column 0,
 * `, client:` present, no stream-module tail. Returns null for anything else.
 */
function readPlainEntry(raw: string): PlainEntry | null {
  if (raw.length < 30 || raw.charCodeAt(4) !== 47 || raw.charCodeAt(19) !== 32) return null
  if (raw.charCodeAt(20) !== 91 || raw.endsWith('\r')) return null
  const levelEnd = raw.indexOf('] ', 21)
  const level = raw.slice(21, levelEnd)
  const colon = LEVELS.has(level) ? raw.indexOf(': ', levelEnd) : -1
  if (colon === -1) return null
  let start = colon + 2
  if (raw.charCodeAt(start) === 42) start = raw.indexOf(' ', start) + 1
  const context = raw.indexOf(', client:', start)
  if (start === 0 || context === -1 || raw.includes(', bytes from/to', context)) return null
  // FastCGI text can contain anything, including a fake context: leave it to the full reader.
  if (raw.startsWith('FastCGI', start) || raw.includes('\t')) return null
  const serverAt = raw.indexOf(', server: ', context)
  const serverEnd = serverAt === -1 ? -1 : raw.indexOf(', ', serverAt + 10)
  const upstreamAt = raw.indexOf(', upstream: "', context)
  return {
    time: raw.slice(0, 19),
    level: level as NginxLevel,
    message: raw.slice(start, context),
    server:
      serverAt === -1 ? null : raw.slice(serverAt + 10, serverEnd === -1 ? undefined : serverEnd),
    upstream: upstreamAt === -1 ? null : authority(raw, upstreamAt + 13),
  }
}

/** The upstream value from `from` up to (not including) its URI. */
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
