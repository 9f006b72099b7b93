import { startsAt } from './starts-at.ts'
import type { LineFacts, NginxLevel } from '../types.ts'

/**
 * What the head of an nginx error-log entry said: `YYYY/MM/DD HH:MM:SS [level] pid#tid: *conn `
 * (`ngx_log_error_core`), as far as it survived the trip to the person pasting it.
 */
export interface Head {
  /** Where the head starts in the text (after whatever wraps it). */
  start: number
  /** Where the message starts. */
  end: number
  level: NginxLevel
  /** `YYYY/MM/DD HH:MM:SS`, or undefined when the time was lost or masked. */
  time?: string
  pid?: number
  tid?: number
  connection?: number
}

/** A digit, or what posters mask one with. */
const MASK = String.raw`[\dxX*#?]`
/** A pid, tid or connection number, or what posters mask it with: `xxx`, `***`, `<pid>`. */
const ID = String.raw`\d{1,20}|[xX*?#]{1,12}|<[^<>\s]{1,20}>|\[[^[\]\s]{1,20}\]`

/**
 * The head of an entry, however it survived: `YYYY/MM/DD HH:MM:SS` (1), or its masked shape
 * (2); `[level]` in any case (3); `pid#tid:` (4, 5), then `*conn ` (6) or, after real ids, a
 * bare number that lost its `*` to markdown (7), unless it starts the message (`1024
 * worker_connections`); or `*conn ` without ids (8). Sticky: tried where a head can start.
 */
const HEAD = new RegExp(
  String.raw`(?:(?:(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d)|(${MASK}{4}/${MASK}{2}/${MASK}{2} ${MASK}{2}:${MASK}{2}:${MASK}{2})) )?` +
    String.raw`\[(emerg|alert|crit|error|warn|notice|info|debug)\] ?` +
    String.raw`(?:(${ID})#(${ID}): ?(?:\*(${ID}) |(\d{1,20}) (?!worker_connections))?|\*(${ID}) )?`,
  'iy',
)

/** `[level]` in any case, to find a head that does not start the line. */
const LEVEL_MARK = /\[(?:emerg|alert|crit|error|warn|notice|info|debug)\]/i
/** nginx's start-up complaints on stderr: `nginx: [emerg] ...`. */
const STDERR = 'nginx: '

/**
 * Finds and reads the head of an nginx error entry in `text` (see {@link HEAD}): at the start
 * of the line, or wherever a `[level]` is (a wrapper before it, a lost timestamp). A `[level]`
 * counts only with something only nginx writes next to it (its time before, `pid#tid:` after,
 * or `nginx: `), so gunicorn's `[ERROR]` is not taken for nginx. Returns null when there is no
 * head.
 */
export function readHead(text: string, ids = true): Head | null {
  // The standard head: `2026/11/22 02:25:27 [` at the very start.
  if (text.charCodeAt(4) === 47 && text.charCodeAt(19) === 32 && text.charCodeAt(20) === 91) {
    const head = headAt(text, 0, ids)
    if (head !== null) return head
  }
  const mark = LEVEL_MARK.exec(text)
  if (mark === null) return null
  const at = mark.index
  const timed = at >= 20 && text.charCodeAt(at - 1) === 32 ? headAt(text, at - 20, ids) : null
  return timed ?? headAt(text, at, ids)
}

/**
 * The head that starts at `at`, or null when it is not nginx's; with `ids` false, its pid,
 * tid and connection are not turned into numbers (a finding does not use them).
 */
function headAt(text: string, at: number, ids: boolean): Head | null {
  HEAD.lastIndex = at
  const match = HEAD.exec(text)
  if (match === null) return null
  // Read by index: destructuring would walk the match with an iterator on every line.
  const time = match[1]
  const masked = match[2]
  const level = match[3] ?? ''
  const pid = match[4]
  const tid = match[5]
  const hasIds = pid !== undefined
  const stderr =
    at >= STDERR.length && time === undefined && startsAt(text, STDERR, at - STDERR.length)
  if (time === undefined && masked === undefined && !hasIds && !stderr) return null
  // Go's log writes nginx's very time format; HashiCorp's tools then put `[INFO]` after it.
  // nginx's level is lower case: an upper-case one counts only with nginx's `pid#tid:`.
  if (!hasIds && !stderr && !isLower(level)) return null
  const head: Head = {
    start: stderr ? at - STDERR.length : at,
    end: at + match[0].length,
    level: (isLower(level) ? level : level.toLowerCase()) as NginxLevel,
  }
  if (time !== undefined) head.time = time
  if (!ids) return head
  if (isNumber(pid)) head.pid = Number(pid)
  if (isNumber(tid)) head.tid = Number(tid)
  const connection = match[6] ?? match[7] ?? match[8]
  if (isNumber(connection)) head.connection = Number(connection)
  return head
}

function isLower(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 97 && code <= 122
}

function isNumber(slot: string | undefined): slot is string {
  if (slot === undefined) return false
  const code = slot.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** The facts a head gives, in the order the reader lists them. */
export function headFacts(head: Head, facts: LineFacts): void {
  if (head.time !== undefined) facts.time = head.time
  facts.level = head.level
  if (head.pid !== undefined) facts.pid = head.pid
  if (head.tid !== undefined) facts.tid = head.tid
  if (head.connection !== undefined) facts.connection = head.connection
}
