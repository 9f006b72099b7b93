import { parseUpstream } from './upstream.ts'
import type { UpstreamAddress } from '../types.ts'

/**
 * What the message of an nginx error entry says, between its head and its context:
 * `<message>[ (<errno>: <strerror>)][ while <action>]` (`ngx_log_error_core`), with the
 * upstream or host some messages name in their own text.
 */
export interface MessageReading {
  /** The message without errno, phase and resolver context. */
  message: string
  errno?: number
  errnoText?: string
  /** The `while ...` action, e.g. `connecting to upstream`. */
  phase?: string
  /** The upstream a `connect() to PEER failed` names. */
  upstream?: UpstreamAddress
  /** The name a DNS failure is about (see LineFacts.resolve). */
  resolve?: string
  /** The resolver (or OCSP responder) an entry without a request names. */
  resolver?: string
  /** The line was cut short (by a terminal, a pager or the person): a fact may be partial. */
  cut?: boolean
}

/** The actions nginx sets on the upstream path (catalog §1.4), matched without a regex. */
export const KNOWN_ACTIONS: readonly string[] = [
  'reading response header from upstream',
  'connecting to upstream',
  'reading upstream',
  'sending request to upstream',
  'SSL handshaking to upstream',
  'sending to client',
  'proxying upgraded connection',
  'resolving',
  'SSL handshaking',
  'proxying and reading from upstream',
  'proxying and sending to client',
  'proxying and reading from client',
  'proxying and sending to upstream',
  'reading client request line',
  'reading client request headers',
  'reading client request body',
  'reading PROXY protocol',
  'waiting for request',
  'closing request',
  'keepalive',
  'sending early hints to client',
  'sending response to client',
]

const ACTION = /^[A-Za-z][\w .:[\]/()-]{0,200}$/
/** Another entry's head inside a message: ` 2026/11/22 02:25:27 [error] 7#7: *1 `. */
const GLUED_HEAD =
  / \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[[a-z]{4,6}\] \d{1,10}#\d{1,20}: (?:\*\d{1,20} )?/
const ERRNO_TAIL = /\((\d{1,6}): ([^()]{0,300})\)$/
/** An errno whose closing parenthesis a cut took away: `(111: Connection ref`. */
const ERRNO_CUT = /\((\d{1,6}): ([^()]{0,300})$/
const CONNECT_TO =
  /^(?:connect\(\) to |kevent\(\) reported that connect\(\) to |(?=unix:))(\S+) failed/i
/** The three messages that name a host nginx could not resolve (see LineFacts.resolve). */
const UNRESOLVED =
  /^(?:no resolver defined to resolve ([^\s"]{1,253})|([^\s"]{1,253}) could not be resolved|host not found in upstream "([^\s":]{1,253})(?::\d{1,5})?"(?: in \S{1,4096})?)/i

/**
 * Where an entry's message ends: at its context, at the end of the line, or at the end of a
 * line that was cut short (a terminal, a pager, a person: see unwrap.ts).
 */
export type MessageEnd = 'context' | 'end' | 'cut'

/**
 * Reads `body`, the message part of an entry. With nothing after it (no context), it may end
 * in `, resolver: ...` or `, responder: ...`; cut short, its action and errno may be partial.
 */
export function readMessage(body: string, ends: MessageEnd): MessageReading {
  const reading: MessageReading = { message: '' }
  // Two entries glued on one line (a paste that lost a line break): the later one is whole.
  const glued = GLUED_HEAD.exec(body)
  let text = glued === null ? body : body.slice(glued.index + glued[0].length)
  // A line quoted in prose ends in its sentence's comma or full stop.
  if (ends !== 'context') text = cutResolver(withoutEndMarks(text.trimEnd()), reading)
  if (ends === 'cut') reading.cut = true
  text = cutAction(text, reading)
  text = cutErrno(text, reading)
  reading.message = text
  const connectTo = CONNECT_TO.exec(text)
  if (connectTo?.[1] !== undefined) reading.upstream = parseUpstream(connectTo[1])
  const unresolved = mayNameUnresolved(text) ? UNRESOLVED.exec(text) : null
  const name = unresolved?.[1] ?? unresolved?.[2] ?? unresolved?.[3]
  if (name !== undefined) reading.resolve = name
  return reading
}

function mayNameUnresolved(body: string): boolean {
  return /^no resolver|^host not found/i.test(body) || / could not be resolved(?: |$)/i.test(body)
}

function cutResolver(body: string, reading: MessageReading): string {
  // OCSP stapling names its responder instead: `..., responder: host, certificate: "..."`.
  const responder = body.indexOf(', responder: ')
  if (responder !== -1) {
    reading.resolver = body.slice(responder + ', responder: '.length).split(',')[0] ?? ''
    return body.slice(0, responder)
  }
  const at = body.lastIndexOf(', resolver: ')
  if (at === -1) return body
  reading.resolver = body.slice(at + ', resolver: '.length).trim()
  return body.slice(0, at)
}

function cutAction(body: string, reading: MessageReading): string {
  // The usual actions are matched in place, so the phase is the shared constant string.
  for (const known of KNOWN_ACTIONS) {
    const at = body.length - known.length - 7
    if (at >= 0 && body.endsWith(known) && body.startsWith(' while ', at)) {
      reading.phase = known
      return body.slice(0, at)
    }
  }
  const at = lastWhile(body)
  if (at === -1) return body
  const action = body.slice(at + 7)
  if (ACTION.test(action)) {
    reading.phase = completeAction(action, reading.cut === true)
    return body.slice(0, at)
  }
  // A known action with what a person left after it (`...upstream: "http://..."`, `; ...`).
  const lower = action.toLowerCase()
  const known = KNOWN_ACTIONS.find(
    (candidate) =>
      lower.startsWith(candidate.toLowerCase()) && /^[,;:]/.test(action.slice(candidate.length)),
  )
  if (known === undefined) return body
  reading.phase = known
  return body.slice(0, at)
}

/** ` while ` in any case (people paste messages in capitals too), -1 when absent. */
function lastWhile(body: string): number {
  const at = body.lastIndexOf(' while ')
  return at !== -1 ? at : body.toLowerCase().lastIndexOf(' while ')
}

/** A known action in nginx's spelling: whatever its case, or its start when the line was cut. */
function completeAction(action: string, cut: boolean): string {
  const lower = action.toLowerCase()
  // A module may add its name: `connecting to upstream(proxy_connect)`.
  const open = lower.endsWith(')') ? lower.lastIndexOf('(') : -1
  const plain = open === -1 ? lower : lower.slice(0, open).trimEnd()
  const known = KNOWN_ACTIONS.find((candidate) => candidate.toLowerCase() === plain)
  if (known !== undefined) return known
  if (cut && lower.length >= 5) {
    const started = KNOWN_ACTIONS.find((candidate) => candidate.toLowerCase().startsWith(lower))
    if (started !== undefined) return started
  }
  return action
}

function cutErrno(body: string, reading: MessageReading): string {
  const closed = body.endsWith(')')
  // Most messages carry no errno: only a closing parenthesis (or a cut) can end one.
  if (!closed && reading.cut !== true) return body
  const match = (closed ? ERRNO_TAIL : ERRNO_CUT).exec(body)
  if (match === null) return body
  reading.errno = Number(match[1])
  reading.errnoText = match[2] ?? ''
  return body.slice(0, match.index).trimEnd()
}

/** The text without the commas and full stops a sentence put after a quoted line. */
function withoutEndMarks(text: string): string {
  let end = text.length
  while (end > 0 && /[,.;]/.test(text[end - 1] ?? '')) end -= 1
  return end === text.length ? text : text.slice(0, end)
}
