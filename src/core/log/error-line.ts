import { parseContext } from './context.ts'
import { parseUpstream } from './upstream.ts'
import type { LineFacts, NginxLevel } from './types.ts'

/**
 * The head of every nginx error-log entry: `YYYY/MM/DD HH:MM:SS [level] pid#tid: [*conn ]`
 * (`ngx_log_error_core`). Unanchored on purpose: whatever wraps the line (journald, docker,
 * kubectl, a shipper) comes before it. Fixed-width pieces keep the search linear. The head
 * may end the line: a terminal can wrap right after `pid#tid:`.
 */
export const ERROR_HEAD =
  /(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d) \[(emerg|alert|crit|error|warn|notice|info|debug)\] (\d{1,10})#(\d{1,20}):(?: (?:\*(\d{1,20}) )?|$)/

/** {@link ERROR_HEAD} at the start of a line only: a failed match costs a character or two. */
export const ERROR_HEAD_AT_START = new RegExp(`^(?:${ERROR_HEAD.source})`)

/** nginx's start-up complaints on stderr carry no timestamp: `nginx: [emerg] ...`. */
const STDERR_HEAD = /nginx: \[(emerg|alert|crit|error|warn|notice|info)\] /
/** A line quoted without its timestamp: `[error] 10192#0: *1 ...`. */
const PARTIAL_HEAD =
  /\[(emerg|alert|crit|error|warn|notice|info|debug)\] (\d{1,10})#(\d{1,20}):(?: (?:\*(\d{1,20}) )?|$)/
/** A line quoted from its connection number on: `*13983419 recv() failed ...`. */
const BARE_CONNECTION = /^\*(\d{1,20}) /
/** Messages only nginx writes, for a line quoted from the message on. */
const KNOWN_MESSAGE =
  /^(?:connect\(\) |upstream (?:timed out|prematurely|sent|SSL)|no live upstreams|(?:recv|readv|writev|send|sendfile)\(\) failed \(|SSL_do_handshake\(\)|peer closed connection in SSL|no resolver defined|FastCGI sent in stderr|\d{1,9} worker_connections|host not found in upstream )/

const ERRNO_TAIL = /\((\d{1,6}): ([^()]{1,300})\)$/
const ACTION = /^[A-Za-z][\w .:[\]/-]{0,200}$/
/** The actions nginx sets on the upstream path (§1.4 of the catalog): checked without a regex. */
const KNOWN_ACTIONS: readonly string[] = [
  'reading response header from upstream',
  'connecting to upstream',
  'reading upstream',
  'sending request to upstream',
  'SSL handshaking to upstream',
  'sending to client',
  'proxying upgraded connection',
  'resolving',
]
const CONNECT_TO = /^(?:connect\(\) to |kevent\(\) reported that connect\(\) to )(\S+) failed/

/**
 * Reads one nginx error-log entry into facts. `text` must start at the timestamp (see
 * {@link ERROR_HEAD}); `head` is the match of that pattern at index 0.
 */
export function parseErrorEntry(text: string, head: RegExpExecArray): LineFacts {
  return parseErrorBody(text.slice(head[0].length), headFacts(head))
}

/** The facts of an entry's head, a match of {@link ERROR_HEAD}. */
export function headFacts(head: RegExpExecArray): LineFacts {
  const facts: LineFacts = {
    source: 'nginx-error',
    time: head[1] ?? '',
    level: head[2] as NginxLevel,
    pid: Number(head[3]),
    tid: Number(head[4]),
  }
  if (head[5] !== undefined) facts.connection = Number(head[5])
  return facts
}

/**
 * Reads a piece of an nginx error entry that lost its timestamp on the way to the user: the
 * stderr form `nginx: [emerg] ...`, `[level] pid#tid: ...`, `*conn ...`, or a bare message
 * nginx alone writes (as quoted in tickets and blog posts). Returns null for anything else.
 */
export function parseErrorFragment(text: string): { entry: string; facts: LineFacts } | null {
  const stderr = STDERR_HEAD.exec(text) ?? PARTIAL_HEAD.exec(text)
  if (stderr !== null) {
    const entry = text.slice(stderr.index)
    const facts: LineFacts = { source: 'nginx-error', level: stderr[1] as NginxLevel }
    if (stderr[2] !== undefined) facts.pid = Number(stderr[2])
    if (stderr[3] !== undefined) facts.tid = Number(stderr[3])
    if (stderr[4] !== undefined) facts.connection = Number(stderr[4])
    return { entry, facts: parseErrorBody(entry.slice(stderr[0].length), facts) }
  }
  const trimmed = text.trimStart()
  const bare = BARE_CONNECTION.exec(trimmed)
  const message = bare === null ? trimmed : trimmed.slice(bare[0].length)
  if (!KNOWN_MESSAGE.test(message)) return null
  const facts: LineFacts = { source: 'nginx-error' }
  if (bare !== null) facts.connection = Number(bare[1])
  return { entry: trimmed, facts: parseErrorBody(message, facts) }
}

/**
 * Reads what follows an entry's head: the message, ` (errno: text)`, ` while <action>` and the
 * context (`, client: ...` or `, resolver: ...`), adding them to `facts`.
 */
export function parseErrorBody(text: string, facts: LineFacts): LineFacts {
  let body = text
  const contextAt = findContext(body)
  if (contextAt !== -1) {
    parseContext(body, contextAt, facts)
    body = body.slice(0, contextAt)
  } else {
    // Only entries without a request carry a resolver (or OCSP responder) context.
    body = cutResolverContext(body, facts)
  }
  body = cutAction(body, facts)
  body = cutErrno(body, facts)
  facts.message = body
  const connectTo =
    body.startsWith('connect() to ') || body.startsWith('kevent') ? CONNECT_TO.exec(body) : null
  if (connectTo?.[1] !== undefined && facts.upstream === undefined) {
    facts.upstream = parseUpstream(connectTo[1])
  }
  const unresolved = mayNameUnresolved(body) ? UNRESOLVED.exec(body) : null
  const name = unresolved?.[1] ?? unresolved?.[2] ?? unresolved?.[3]
  if (name !== undefined) facts.resolve = name
  return facts
}

/** The three messages that name a host nginx could not resolve (see LineFacts.resolve). */
const UNRESOLVED =
  /^(?:no resolver defined to resolve ([^\s"]{1,253})|([^\s"]{1,253}) could not be resolved|host not found in upstream "([^\s":]{1,253})(?::\d{1,5})?"(?: in \S{1,4096})?)$/

function mayNameUnresolved(body: string): boolean {
  return (
    body.startsWith('no resolver') ||
    body.endsWith('could not be resolved') ||
    body.startsWith('host not found')
  )
}

function cutResolverContext(body: string, facts: LineFacts): string {
  // OCSP stapling names its responder instead: `..., responder: host, certificate: "..."`.
  const responder = body.indexOf(', responder: ')
  if (responder !== -1) {
    facts.resolver = body.slice(responder + ', responder: '.length).split(',')[0] ?? ''
    return body.slice(0, responder)
  }
  const at = body.lastIndexOf(', resolver: ')
  if (at === -1) return body
  facts.resolver = body.slice(at + ', resolver: '.length).trim()
  return body.slice(0, at)
}

function findContext(body: string): number {
  // FastCGI stderr text is the application's own words and may contain anything, so for those
  // entries the context is the last `, client: `; elsewhere the first one is nginx's.
  return body.startsWith('FastCGI sent in stderr: ')
    ? body.lastIndexOf(', client:')
    : body.indexOf(', client:')
}

function cutAction(body: string, facts: LineFacts): string {
  // The usual actions are matched in place, and the phase is then the shared constant string:
  // nothing is cut out or hashed for most lines.
  for (const known of KNOWN_ACTIONS) {
    const at = body.length - known.length - 7
    if (body.endsWith(known) && body.startsWith(' while ', at)) {
      facts.phase = known
      return body.slice(0, at)
    }
  }
  const at = body.lastIndexOf(' while ')
  if (at === -1) return body
  const action = body.slice(at + ' while '.length)
  if (!ACTION.test(action)) return body
  facts.phase = action
  return body.slice(0, at)
}

function cutErrno(body: string, facts: LineFacts): string {
  // Most messages carry no errno: only a closing parenthesis can end one.
  if (!body.endsWith(')')) return body
  const match = ERRNO_TAIL.exec(body)
  if (match === null) return body
  facts.errno = Number(match[1])
  facts.errnoText = match[2] ?? ''
  return body.slice(0, match.index).trimEnd()
}
