import { startsAt } from './starts-at.ts'
import { parseUpstream } from './upstream.ts'
import type { LineFacts, RequestLine } from './types.ts'

// The keys nginx appends after `, client: ..., server: ...`, in the order it writes them
// (`ngx_http_log_error_handler`). Quoted values are not escaped, so a value ends only where
// the next known key starts.
const QUOTED_KEYS = ['request', 'subrequest', 'upstream', 'host', 'referrer'] as const
type QuotedKey = (typeof QUOTED_KEYS)[number]

/**
 * Parses the context that starts at `from` with `, client:` and runs to the end of `text`.
 * Marks a stream-module line (`bytes from/to ...` tail) as such. Works on offsets into the one
 * string: only the values themselves are cut out, which matters on a million-line log.
 */
export function parseContext(text: string, from: number, facts: LineFacts): void {
  // Values may be empty (`client:, server: ,` in hand-redacted lines), so spaces are optional.
  const clientAt = from + (startsAt(text, ', client: ', from) ? 10 : 9)
  const server = text.indexOf(', server:', clientAt)
  if (server === -1) {
    facts.client = text.slice(clientAt).trim()
    return
  }
  facts.client = text.slice(clientAt, server)
  const serverAt = server + (startsAt(text, ', server: ', server) ? 10 : 9)
  let end = text.length
  const stream = text.indexOf(', bytes from/to client:', serverAt)
  if (stream !== -1) {
    facts.source = 'nginx-stream'
    end = stream
  }
  let at = nextKeyAt(text, serverAt, end)
  facts.server = text.slice(serverAt, at === -1 ? end : at).trim()
  while (at !== -1) {
    const key = keyAt(text, at)
    const valueStart = at + key.length + 5
    const next = nextKeyAt(text, valueStart, end)
    const valueEnd = next === -1 ? end : next
    const quoted = valueEnd > valueStart && text.charCodeAt(valueEnd - 1) === 34
    assign(facts, key, text.slice(valueStart, quoted ? valueEnd - 1 : valueEnd))
    at = next
  }
}

/**
 * Where the next `, <key>: "` starts in [from, end), or -1. Searches for the `: "` every key
 * ends with, which is rare inside values, rather than for every `, `.
 */
function nextKeyAt(text: string, from: number, end: number): number {
  for (
    let colon = text.indexOf(': "', from);
    colon !== -1 && colon + 3 <= end;
    colon = text.indexOf(': "', colon + 1)
  ) {
    for (const key of QUOTED_KEYS) {
      const at = colon - key.length - 2
      if (at >= from && startsAt(text, key, at + 2) && startsAt(text, ', ', at)) return at
    }
  }
  return -1
}

/** The key of the `, <key>: "` that {@link nextKeyAt} found at `at`. */
function keyAt(text: string, at: number): QuotedKey {
  return QUOTED_KEYS.find((key) => startsAt(text, key, at + 2)) ?? 'referrer'
}

function assign(facts: LineFacts, key: QuotedKey, value: string): void {
  if (key === 'request') facts.request = parseRequestLine(value)
  else if (key === 'subrequest') facts.subrequest = value
  else if (key === 'upstream') facts.upstream = parseUpstream(value)
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
