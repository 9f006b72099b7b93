import { parseRequestLine } from '../read/context.ts'
import { parseUpstream } from '../read/upstream.ts'
import type { LineFacts, UpstreamAddress } from '../types.ts'

/**
 * The fixed start of nginx's `combined` format (and of ingress-nginx's): `$remote_addr -
 * $remote_user [$time_local] "$request" $status $body_bytes_sent`. nginx escapes `"` inside
 * `$request`, so the quoted part has no quote in it.
 */
export const ACCESS_HEAD =
  /(\S{1,100}) \S{1,100} \S{1,200} \[(\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})\] "([^"]{0,8192})" (\d{3}) (\d{1,20}|-)/

const QUOTED = /^ "([^"]{0,4096})" "([^"]{0,4096})"/
const INGRESS_TAIL = /^ (\d{1,12}) ([\d.]{1,12}) \[([^\]]{0,300})\] \[([^\]]{0,300})\] (.*)$/
const KEY_VALUE =
  /(?:^|\s)(ua|upstream_addr|upstream|us|ups|upstream_status|urt|upstream_response_time|rt|request_time)=(?:"([^"]{0,2048})"|(\S{1,2048}))/g

/**
 * Reads an access-log entry; `head` is {@link ACCESS_HEAD} matched at index 0 of `text`.
 * `readUpstream` reads an address (the reader passes one that remembers peers).
 */
export function parseAccessEntry(
  text: string,
  head: RegExpExecArray,
  readUpstream: (value: string) => UpstreamAddress = parseUpstream,
): LineFacts {
  const facts: LineFacts = {
    source: 'nginx-access',
    time: head[2] ?? '',
    client: head[1] ?? '',
    request: parseRequestLine(head[3] ?? ''),
    status: Number(head[4]),
  }
  let rest = text.slice(head[0].length)
  const quoted = QUOTED.exec(rest)
  if (quoted !== null) {
    if (quoted[1] !== '-' && quoted[1] !== undefined) facts.referrer = quoted[1]
    rest = rest.slice(quoted[0].length)
    const ingress = INGRESS_TAIL.exec(rest)
    if (ingress !== null) readIngress(ingress, facts, readUpstream)
  }
  readKeyValues(rest, facts, readUpstream)
  return facts
}

type ReadUpstream = (value: string) => UpstreamAddress

function readIngress(match: RegExpExecArray, facts: LineFacts, read: ReadUpstream): void {
  const groups = splitAttemptGroups(match[5] ?? '')
  const [addr, , time, status] = groups
  setUpstream(facts, addr, status, read)
  facts.extra = {
    ...facts.extra,
    requestTime: match[2] ?? '',
    upstreamName: match[3] ?? '',
    ...(time === undefined ? {} : { upstreamResponseTime: time }),
  }
}

/**
 * Splits ingress-nginx's unquoted upstream columns, where one column lists every attempt:
 * `10.0.0.1:80, 10.0.0.2:80 0, 0 0.001, 0.002 502, 502 req-id` has five columns.
 */
export function splitAttemptGroups(text: string): string[] {
  const groups: string[] = []
  let current = ''
  for (const token of text.split(' ')) {
    if (token === '') continue
    const joins = current.endsWith(',') || current.endsWith(' :') || token === ':'
    current = current === '' ? token : joins ? `${current} ${token}` : (groups.push(current), token)
  }
  if (current !== '') groups.push(current)
  return groups
}

function readKeyValues(rest: string, facts: LineFacts, read: ReadUpstream): void {
  let addr: string | undefined
  let status: string | undefined
  for (const match of rest.matchAll(KEY_VALUE)) {
    const key = match[1] ?? ''
    const value = match[2] ?? match[3] ?? ''
    if (key === 'ua' || key === 'upstream_addr' || key === 'upstream') addr = value
    else if (key === 'us' || key === 'ups' || key === 'upstream_status') status = value
    else if (key === 'urt' || key === 'upstream_response_time') {
      facts.extra = { ...facts.extra, upstreamResponseTime: value }
    } else facts.extra = { ...facts.extra, requestTime: value }
  }
  if (addr !== undefined || status !== undefined) setUpstream(facts, addr, status, read)
}

function setUpstream(
  facts: LineFacts,
  addr: string | undefined,
  status: string | undefined,
  read: ReadUpstream,
): void {
  // Several attempts read `a, b : c`; the last one decided what the client got.
  if (addr !== undefined && addr !== '-' && addr !== '') {
    const last = addr.split(/, | : /).pop() ?? addr
    facts.upstream = read(last)
  }
  if (status !== undefined && status !== '-' && status !== '') {
    facts.upstreamStatuses = status.split(/, | : /)
  }
}
