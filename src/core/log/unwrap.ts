/** The longest line we read in full; longer ones are cut (nginx itself never writes >2 KB). */
export const MAX_LINE = 16_384

const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?/
const QUOTE_PREFIX = /^(?:\s*>)+\s?/

/** A line with its wrapper removed, and what the wrapper told us. */
export interface Unwrapped {
  /** The line as the logging program wrote it (best effort). */
  text: string
  /** An ISO timestamp from a wrapper (kubectl --timestamps, a shipper, docker's JSON). */
  wrapperTime?: string
}

/**
 * Removes what commonly wraps a log line on its way to the user: a trailing `\r`, markdown
 * quoting and indentation, and docker's JSON-file envelope. Prefixes that come before an
 * nginx timestamp (journald, `nginx-1  | `, kubectl) are skipped by the parsers themselves,
 * which search for the timestamp; here we only keep the ISO time such a prefix may carry.
 */
export function unwrapLine(raw: string): Unwrapped {
  let text = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw
  if (text.endsWith('\r')) text = text.slice(0, -1)
  if (text.startsWith('{"log":"')) return unwrapDockerJson(text)
  const first = text.charCodeAt(0)
  // Only a line starting with a quote mark or white space can be quoted or indented.
  if (first === 62 || first === 32 || first === 9) {
    const quote = QUOTE_PREFIX.exec(text)
    if (quote !== null) text = text.slice(quote[0].length)
  }
  const start = text.slice(0, 64)
  // Most lines carry no ISO time: skip the search unless its two markers are there.
  const iso = start.includes('T') && start.includes('-') ? ISO_TIME.exec(start) : null
  return iso === null ? { text } : { text, wrapperTime: iso[0] }
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
