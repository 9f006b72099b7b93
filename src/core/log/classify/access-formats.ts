import { parseRequestLine } from '../read/context.ts'
import type { LineFacts, UpstreamAddress } from '../types.ts'

/** Reads an address (the reader passes one that remembers peers). */
type ReadUpstream = (value: string) => UpstreamAddress

/** stream{}'s `basic` format: `$remote_addr [$time_local] $protocol $status ...`. */
const STREAM_BASIC =
  /^(\S{1,100}) \[(\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})\] (TCP|UDP) (\d{3}) /
/** What is left of a combined line quoted from its request on: `"GET / HTTP/1.1" 502 560`. */
const REQUEST_STATUS = /"([A-Z]{3,10} \S{1,8192} HTTP\/[\d.]{1,3})" (\d{3}) (?:\d{1,20}|-)(?:\s|$)/
/** Keys of JSON access-log formats, by what they hold. */
const JSON_KEYS = {
  status: ['status', 'response_code', 'status_code', 'http_status'],
  upstream: ['upstream_addr', 'upstream'],
  upstreamStatus: ['upstream_status'],
  client: ['remote_addr', 'client_ip', 'remote_ip'],
  time: ['time_local', 'time_iso8601', 'time', '@timestamp', 'timestamp'],
  request: ['request'],
} as const

/**
 * Reads an access-log line in a shape other than `combined` (see access-line.ts): stream{}'s
 * `basic`, a JSON `log_format` (`{"status":"502",...}`), or a request and status quoted
 * without the rest. Returns null for anything else.
 */
export function readOtherAccess(text: string, readUpstream: ReadUpstream): LineFacts | null {
  const stream =
    text.charCodeAt(0) === 91 || text.includes('] TCP ') ? STREAM_BASIC.exec(text) : null
  if (stream !== null) {
    return {
      source: 'nginx-access',
      time: stream[2] ?? '',
      client: stream[1] ?? '',
      status: Number(stream[4]),
    }
  }
  if (!text.includes('"')) return null
  if (text.includes('"status"') || text.includes('"response_code"')) {
    const json = readJsonAccess(text, readUpstream)
    if (json !== null) return json
  }
  const quoted = text.includes('" ') ? REQUEST_STATUS.exec(text) : null
  if (quoted === null) return null
  return {
    source: 'nginx-access',
    request: parseRequestLine(quoted[1] ?? ''),
    status: Number(quoted[2]),
  }
}

function readJsonAccess(text: string, readUpstream: ReadUpstream): LineFacts | null {
  const start = text.indexOf('{')
  const value = start === -1 ? null : parseObject(text.slice(start))
  // A program's own structured log (Caddy's, a shipper's) names its level and logger.
  if (value === null || 'logger' in value || 'level' in value) return null
  const status = Number(pick(value, JSON_KEYS.status))
  if (!Number.isInteger(status) || status < 100 || status > 999) return null
  const facts: LineFacts = { source: 'nginx-access', status }
  const time = pick(value, JSON_KEYS.time)
  if (time !== undefined) facts.time = time
  const client = pick(value, JSON_KEYS.client)
  if (client !== undefined) facts.client = client
  const request = pick(value, JSON_KEYS.request)
  if (request !== undefined) facts.request = parseRequestLine(request)
  const upstream = pick(value, JSON_KEYS.upstream)
  if (upstream !== undefined && upstream !== '' && upstream !== '-') {
    facts.upstream = readUpstream(upstream.split(/, | : /).pop() ?? upstream)
  }
  const statuses = pick(value, JSON_KEYS.upstreamStatus)
  if (statuses !== undefined && statuses !== '' && statuses !== '-') {
    facts.upstreamStatuses = statuses.split(/, | : /)
  }
  return facts
}

/** The object a line holds, or null: a cut line (a shipper's limit) is not JSON. */
function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The first of `keys` the object has, as text. */
function pick(value: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const found = value[key]
    if (typeof found === 'string') return found
    if (typeof found === 'number') return String(found)
  }
  return undefined
}
