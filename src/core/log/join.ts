import { readHead } from './read/head.ts'
import { KNOWN_ACTIONS } from './read/message.ts'
import type { Classified } from './types.ts'

// The pieces of nginx's context that only ever follow a message: a line that holds one and
// cannot start an entry of its own is the tail of an entry that was wrapped.
const CONTEXT_PIECE = /, client: |, server: | while [a-z]|, upstream: "|, request: "/
// A line that starts with a key of the context lost the `, ` it followed (a hard wrap at a space).
const STARTS_WITH_KEY =
  /^(?:client|server|request|subrequest|upstream|host|referrer): |^while [a-z]/
// How a finished entry ends: its context, an errno, a number (pid, port, config line) or the
// last word of an action or notice. Anything else was cut by a terminal or a person.
const COMPLETE_TAIL =
  /(?:, server: [^\s,"]*|"|, resolver: \S+|[)\d]|upstream|connection|method|process(?:es)?)$/

const WRAPPER_HEAD = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)/

/**
 * Whether `line` (read as `next`) continues the entry held back rather than being one of its
 * own. A line that can start an entry (a head, a message only nginx writes, `PHP message:`,
 * an access-log line, another program's line) never continues one, with one exception: an
 * entry that was cut right after its head takes its message from the next line. Otherwise a
 * line continues an entry whose FastCGI text is still open, a line holding a piece of
 * nginx's context continues, and a fragment continues only an entry that was visibly cut: a
 * note typed under a complete line stays a line of its own.
 */
export function continues(
  heldText: string,
  held: Classified,
  line: string,
  next: Classified,
): boolean {
  if (isBlank(line)) return false
  const starts = next.facts.source !== 'unknown'
  if (starts) {
    const headless = next.facts.source === 'nginx-error' && next.facts.level === undefined
    return headless && headOnly(held) && !next.text.startsWith('PHP message:')
  }
  if (openQuote(heldText)) return true
  // A line with a wrapper's own head (syslog's or journald's time, an ISO time) is a record
  // of its own, whatever program wrote it.
  if (WRAPPER_HEAD.test(line)) return false
  if (CONTEXT_PIECE.test(line)) return true
  return !COMPLETE_TAIL.test(heldText.slice(-120).trimEnd())
}

/** An nginx entry whose line ended right after its head: its message is on the next line. */
function headOnly(read: Classified): boolean {
  if (read.facts.source !== 'nginx-error') return false
  const head = readHead(read.text)
  return head !== null && head.end >= read.text.trimEnd().length
}

/** FastCGI's stderr text not yet closed by its `" while ...` or `", client: ...`. */
function openQuote(entry: string): boolean {
  const at = entry.indexOf('FastCGI sent in stderr: "')
  const from = at !== -1 ? at + 25 : entry.startsWith('PHP message: ') ? 13 : -1
  if (from === -1) return false
  const tail = entry.slice(from)
  return !(
    tail.includes('" while ') ||
    tail.includes('", client: ') ||
    tail.trimEnd().endsWith('"')
  )
}

/**
 * Joins a continuation to its entry the way it was split. FastCGI text keeps its line break;
 * a line that starts with a context key or follows a comma lost a space (a hard wrap at a
 * space); otherwise the join that reads better wins: a wrap inside a word joins with nothing,
 * a wrap between words needs the space back.
 */
export function joinPiece(
  entry: string,
  piece: string,
  read: (text: string) => Classified,
): string {
  if (openQuote(entry)) return `${entry}\n${piece}`
  if (entry.endsWith(' ') || piece.startsWith(' ')) return entry + piece
  if (entry.endsWith(',') || STARTS_WITH_KEY.test(piece)) return `${entry} ${piece}`
  const tight = entry + piece
  const spaced = `${entry} ${piece}`
  return score(read(spaced)) > score(read(tight)) ? spaced : tight
}

/** How much of an entry was understood: a cause, a known action, context fields. */
function score(read: Classified): number {
  const { facts } = read
  let points = read.cause === null ? 0 : 4
  if (facts.phase !== undefined && KNOWN_ACTIONS.includes(facts.phase)) points += 2
  for (const field of [facts.client, facts.server, facts.request, facts.upstream, facts.host]) {
    if (field !== undefined) points += 1
  }
  return points
}

/** Whether a line holds nothing but white space (checked without trimming a copy). */
function isBlank(line: string): boolean {
  for (let at = 0; at < line.length; at += 1) {
    const code = line.charCodeAt(at)
    if (code !== 32 && code !== 9 && code !== 13) return false
  }
  return true
}
