import { startsAt } from './starts-at.ts'
import type { LineFacts, RequestLine, UpstreamAddress } from '../types.ts'

// The keys nginx appends after `, client: ..., server: ...`, in the order it writes them
// (`ngx_http_log_error_handler`). Quoted values are not escaped, so a value ends only where
// the next known key starts.
const QUOTED_KEYS = ['request', 'subrequest', 'upstream', 'host', 'referrer'] as const
type QuotedKey = (typeof QUOTED_KEYS)[number]

/** How many facts the caller wants: a finding's (server, upstream) or every one. */
export type Depth = 'finding' | 'all'

/** Reads an `upstream: "..."` value; the reader passes one that remembers peers it has read. */
export type UpstreamReader = (value: string) => UpstreamAddress

/**
 * Where the context of an entry whose message starts at `from` begins (`, client:`), or -1.
 * FastCGI stderr is the application's own text and may hold anything, so there it is the
 * last `, client:`; elsewhere the first one is nginx's.
 */
export function contextStart(text: string, from: number): number {
  // Character tests before startsAt: in this hot path even its call costs (measured).
  const fastcgi = text.charCodeAt(from) === 70 && startsAt(text, 'FastCGI sent in stderr: ', from)
  const at = fastcgi ? text.lastIndexOf(', client:') : text.indexOf(', client:', from)
  if (at >= from) return at
  // A line a person shortened may keep later keys without `client:` (`..., upstream: "..."`).
  return fastcgi ? -1 : firstOf(text, from, ', server: ', ', request: "', ', upstream: "')
}

/** Where the first of `needles` occurs in `text` from `from`, or -1. */
function firstOf(text: string, from: number, ...needles: string[]): number {
  let first = -1
  for (const needle of needles) {
    const at = text.indexOf(needle, from)
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  return first
}

/**
 * Parses the context that starts at `from` with `, client:` and runs to the end of `text`
 * into `facts`: client and server, then the quoted keys. Marks a stream{} (TCP) proxy line
 * (its `bytes from/to` tail, or an upstream without a scheme next to a `server:` that is an
 * address). Works on offsets into the one string: only values are cut out.
 */
export function readContext(
  text: string,
  from: number,
  facts: LineFacts,
  depth: Depth,
  readUpstream: UpstreamReader,
): void {
  const all = depth === 'all'
  // `, client:` is the only context that starts with `, c`.
  if (text.charCodeAt(from + 2) !== 99) {
    readKeys(text, from, facts, all, readUpstream)
    return
  }
  // Values may be empty (`client:, server: ,` in hand-redacted lines), so spaces are optional.
  const clientAt = from + (text.charCodeAt(from + 9) === 32 ? 10 : 9)
  let end = text.length
  const server = text.indexOf(', server:', clientAt)
  // Only a stream{} line has a `bytes from/to` tail, and it never has a request: most lines
  // are told apart by their first key, without searching the rest of the line.
  const serverAt = server === -1 ? -1 : server + (text.charCodeAt(server + 9) === 32 ? 10 : 9)
  let found = serverAt === -1 ? -1 : nextKeyAt(text, serverAt, end)
  if (found === -1 || (found & 7) !== 0) {
    const stream = text.indexOf(', bytes from/to client:', clientAt)
    if (stream !== -1) {
      facts.source = 'nginx-stream'
      end = stream
      if (found >> 3 >= stream) found = -1
    }
  }
  if (server === -1 || server > end) {
    if (all) facts.client = text.slice(clientAt, end).trim()
    return
  }
  if (all) facts.client = text.slice(clientAt, server)
  let at = found >> 3
  facts.server = text.slice(serverAt, found === -1 ? end : at).trim()
  let request = false
  while (found !== -1) {
    const key = QUOTED_KEYS[found & 7] ?? 'referrer'
    if (key === 'request') request = true
    const valueStart = at + key.length + 5
    found = nextKeyAt(text, valueStart, end)
    const next = found === -1 ? -1 : found >> 3
    // The first upstream is nginx's: one in a later value (a referrer) is the client's text.
    if ((all && key !== 'upstream') || (key === 'upstream' && facts.upstream === undefined)) {
      const valueEnd = next === -1 ? end : next
      const quoted = valueEnd > valueStart && text.charCodeAt(valueEnd - 1) === 34
      assign(facts, key, text.slice(valueStart, quoted ? valueEnd - 1 : valueEnd), readUpstream)
      // A finding needs nothing after the upstream (host and referrer follow it).
      if (!all && key === 'upstream') break
    }
    at = next
  }
  if (!request && facts.source !== 'nginx-stream' && looksLikeStream(facts)) {
    facts.source = 'nginx-stream'
  }
}

/** A context without `client:`: a server, perhaps, then the quoted keys (see readContext). */
function readKeys(
  text: string,
  from: number,
  facts: LineFacts,
  all: boolean,
  readUpstream: UpstreamReader,
): void {
  let found = nextKeyAt(text, from, text.length)
  if (startsAt(text, ', server: ', from)) {
    facts.server = text.slice(from + 10, found === -1 ? text.length : found >> 3).trim()
  }
  while (found !== -1) {
    const at = found >> 3
    const key = QUOTED_KEYS[found & 7] ?? 'referrer'
    const valueStart = at + key.length + 5
    found = nextKeyAt(text, valueStart, text.length)
    const valueEnd = found === -1 ? text.length : found >> 3
    if ((all && key !== 'upstream') || (key === 'upstream' && facts.upstream === undefined)) {
      const quoted = valueEnd > valueStart && text.charCodeAt(valueEnd - 1) === 34
      assign(facts, key, text.slice(valueStart, quoted ? valueEnd - 1 : valueEnd), readUpstream)
    }
  }
}

/** A stream{} line from a version without the `bytes from/to` tail (or with it cut off). */
function looksLikeStream(facts: LineFacts): boolean {
  const upstream = facts.upstream
  return (
    upstream !== undefined &&
    upstream.scheme === '' &&
    upstream.port !== null &&
    /^[\d.]+:\d{1,5}$|^\[[\da-f:]+\]:\d{1,5}$/i.test(facts.server ?? '')
  )
}

/**
 * Where the next `, <key>: "` starts in [from, end), times 8, plus the key's index in
 * QUOTED_KEYS (one number, so nothing is allocated per key); -1 when there is none.
 * Searches for the `: "` every key ends with, which is rare inside values, and tells the key
 * by the letter before it, so most lines cost one search and a comparison per key.
 */
function nextKeyAt(text: string, from: number, end: number): number {
  for (
    let colon = text.indexOf(': "', from);
    colon !== -1 && colon + 3 <= end;
    colon = text.indexOf(': "', colon + 1)
  ) {
    const last = text.charCodeAt(colon - 1)
    const keys = last === 116 ? T_KEYS : last === 109 ? M_KEYS : last === 114 ? R_KEYS : NO_KEYS
    for (const key of keys) {
      const at = colon - key.length - 2
      if (
        at >= from &&
        text.charCodeAt(at) === 44 &&
        text.charCodeAt(at + 1) === 32 &&
        text.charCodeAt(at + 2) === key.charCodeAt(0) &&
        text.slice(at + 2, colon) === key
      ) {
        return at * 8 + QUOTED_KEYS.indexOf(key)
      }
    }
  }
  return -1
}

// The keys by their last letter: `request`, `subrequest` and `host` end in t.
const T_KEYS: readonly QuotedKey[] = ['request', 'subrequest', 'host']
const M_KEYS: readonly QuotedKey[] = ['upstream']
const R_KEYS: readonly QuotedKey[] = ['referrer']
const NO_KEYS: readonly QuotedKey[] = []

function assign(facts: LineFacts, key: QuotedKey, value: string, read: UpstreamReader): void {
  if (key === 'request') facts.request = parseRequestLine(value)
  else if (key === 'subrequest') facts.subrequest = value
  else if (key === 'upstream') facts.upstream = read(value)
  else if (key === 'host') facts.host = value
  else facts.referrer = value
}

/** Splits `GET /path?x HTTP/1.1` into its parts; a malformed line keeps everything as path. */
export function parseRequestLine(value: string): RequestLine {
  const first = value.indexOf(' ')
  const last = value.lastIndexOf(' ')
  if (first === -1 || last === first) return { method: '', path: value, protocol: '' }
  return {
    method: value.slice(0, first),
    path: value.slice(first + 1, last),
    protocol: value.slice(last + 1),
  }
}
