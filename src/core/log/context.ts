import { parseUpstream } from './upstream.ts'
import type { LineFacts, RequestLine } from './types.ts'

// The keys nginx appends after `, client: ..., server: ...`, in the order it writes them
// (`ngx_http_log_error_handler`). Quoted values are not escaped, so a value ends only where
// the next known key starts.
const QUOTED_KEYS = ['request', 'subrequest', 'upstream', 'host', 'referrer'] as const
type QuotedKey = (typeof QUOTED_KEYS)[number]

/**
 * Parses the context suffix that starts with `, client:`. Returns the facts it found and
 * whether it is a stream-module line (`bytes from/to ...` tail, scheme-less upstream).
 */
export function parseContext(suffix: string, facts: LineFacts): void {
  // Values may be empty (`client:, server: ,` in hand-redacted lines), so spaces are optional.
  let rest = suffix.slice(suffix.startsWith(', client: ') ? 10 : 9)
  const server = rest.indexOf(', server:')
  if (server === -1) {
    facts.client = rest.trim()
    return
  }
  facts.client = rest.slice(0, server)
  rest = rest.slice(server + (rest.startsWith(', server: ', server) ? 10 : 9))
  const stream = rest.indexOf(', bytes from/to client:')
  if (stream !== -1) {
    facts.source = 'nginx-stream'
    rest = rest.slice(0, stream)
  }
  const firstQuoted = nextKeyAt(rest, 0)
  facts.server = (firstQuoted === -1 ? rest : rest.slice(0, firstQuoted)).trim()
  if (firstQuoted === -1) return
  readQuoted(rest.slice(firstQuoted), facts)
}

/** Where the next `, <key>: "` starts at or after `from`, or -1 (one pass over the text). */
function nextKeyAt(text: string, from: number): number {
  for (let at = text.indexOf(', ', from); at !== -1; at = text.indexOf(', ', at + 2)) {
    for (const key of QUOTED_KEYS) {
      if (text.startsWith(key, at + 2) && text.startsWith(': "', at + 2 + key.length)) return at
    }
  }
  return -1
}

function readQuoted(text: string, facts: LineFacts): void {
  let rest = text
  while (rest.startsWith(', ')) {
    const colon = rest.indexOf(': "')
    const key = rest.slice(2, colon) as QuotedKey
    if (colon === -1 || !QUOTED_KEYS.includes(key)) return
    const valueStart = colon + 3
    const next = nextKeyAt(rest, valueStart)
    const raw = next === -1 ? rest.slice(valueStart) : rest.slice(valueStart, next)
    assign(facts, key, raw.endsWith('"') ? raw.slice(0, -1) : raw)
    if (next === -1) return
    rest = rest.slice(next)
  }
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
