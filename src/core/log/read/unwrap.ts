import { startsAt } from './starts-at.ts'

/** The longest line we read in full; longer ones are cut (nginx itself never writes >2 KB). */
export const MAX_LINE = 16_384

const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?/
const QUOTE_PREFIX = /^(?:\s*>)+\s?/

/** A line with its wrapper removed, and what the wrapper told us. */
export interface Unwrapped {
  /** The line as the logging program wrote it (best effort). */
  text: string
  /** An ISO timestamp from a wrapper (kubectl --timestamps, a shipper, docker's JSON). */
  wrapperTime?: string | undefined
  /** The line was cut short: it ended in a pager's `$` or an ellipsis, now taken off. */
  cut?: boolean | undefined
}

/** How pagers and terminals mark a cut line (`cat -A`/`less` end it in `$`, others in `...`). */
const CUT_MARK = /(?:\$|\.{3}|…)\s*$/

/**
 * Removes what commonly wraps a log line on its way to the user: a trailing `\r`, markdown
 * quoting and indentation, and docker's JSON-file envelope. Prefixes that come before an
 * nginx timestamp (journald, `nginx-1  | `, kubectl) are skipped by the parsers themselves,
 * which search for the timestamp; here we only keep the ISO time such a prefix may carry.
 */
export function unwrapLine(raw: string): Unwrapped {
  const unwrapped: Unwrapped = { text: '' }
  unwrapInto(raw, unwrapped)
  return unwrapped
}

/**
 * {@link unwrapLine} into `into`, an object its caller keeps and reuses: the reader runs this
 * for every line, and one object less per line is less garbage to collect.
 */
export function unwrapInto(raw: string, into: Unwrapped): void {
  into.wrapperTime = undefined
  into.cut = undefined
  // Checked by character, not startsWith/endsWith: on a line cut out of a big chunk, V8
  // answers those in its C++ runtime (see starts-at.ts), and this runs for every line.
  let text = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw
  if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1)
  if (text.charCodeAt(0) === 123 && startsAt(text, '{"log":"', 0)) {
    const docker = unwrapDockerJson(text)
    into.text = docker.text
    into.wrapperTime = docker.wrapperTime
    return
  }
  // A line pasted as Markdown inline code: `…`.
  if (text.charCodeAt(0) === 96 && text.length > 2 && text.charCodeAt(text.length - 1) === 96) {
    text = text.slice(1, -1)
  }
  const first = text.charCodeAt(0)
  // Only a line starting with a quote mark or white space can be quoted or indented.
  if (first === 62 || first === 32 || first === 9) {
    const quote = QUOTE_PREFIX.exec(text)
    if (quote !== null) text = text.slice(quote[0].length)
  }
  // A line that starts with nginx's own time has no wrapper, so no wrapper's ISO time; on
  // others, skip the search unless its two markers are there.
  const start = text.charCodeAt(4) === 47 ? '' : text.slice(0, 64)
  const iso = start.includes('T') && start.includes('-') ? ISO_TIME.exec(start) : null
  into.text = text
  if (iso !== null) into.wrapperTime = iso[0]
  // Only a line ending in `$`, `.` or `…` can be marked as cut; FastCGI text is the app's own.
  const last = text.charCodeAt(text.length - 1)
  if ((last === 36 || last === 46 || last === 8230 || last === 32) && CUT_MARK.test(text)) {
    if (!text.includes('FastCGI sent in stderr')) {
      into.text = text.replace(CUT_MARK, '')
      into.cut = true
    }
  }
}

function unwrapDockerJson(text: string): Unwrapped {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === 'object' && value !== null && 'log' in value) {
      const { log, time } = value as { log: unknown; time?: unknown }
      if (typeof log === 'string') {
        const inner = log.replace(/\r?\n$/, '')
        return typeof time === 'string' ? { text: inner, wrapperTime: time } : { text: inner }
      }
    }
  } catch {
    // Not JSON after all (a truncated line): read it as plain text.
  }
  return { text }
}

/**
 * Cuts a tab-separated shipper export down to the column holding `start`: nginx never writes a
 * tab itself, so a tab after the entry starts another column.
 */
export function cutTrailingColumns(text: string, start: number): string {
  const tab = text.indexOf('\t', start)
  return tab === -1 ? text.slice(start) : text.slice(start, tab)
}

const COMPOSE_SERVICE = /^\s{0,8}([A-Za-z0-9][\w.-]{0,62}?)(?:[-_.]\d{1,3})? {1,30}\| $/

/**
 * The Compose service a `docker compose logs` prefix names (`nginx-1  | ` is `nginx`,
 * `frontend_1 | ` is `frontend`), or null: checks run inside it (`docker compose exec`).
 */
export function composeServiceOf(prefix: string): string | null {
  return COMPOSE_SERVICE.exec(prefix)?.[1] ?? null
}
