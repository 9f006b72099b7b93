/** How many characters of a line are enough to recognise it. */
const KEPT = 200

/**
 * A few lines that identify a log: its first, middle and last non-blank lines (each cut to
 * 200 characters). Found by scanning from three points rather than splitting, since the text
 * may be megabytes and this runs whenever the person answers.
 */
export function logIdentity(text: string): string[] {
  const middle = text.indexOf('\n', text.length >> 1) + 1
  const lines = [firstLineFrom(text, 0), firstLineFrom(text, middle), lastLine(text)]
  return [...new Set(lines.filter((line) => line !== ''))]
}

/**
 * Whether `text` is still the log `identity` came from: it keeps at least one of those lines.
 * Edits, a deleted first line or more lines pasted below keep it; another log does not.
 */
export function sameLog(identity: readonly string[], text: string): boolean {
  return identity.some((line) => text.includes(line))
}

/** The first non-blank line that starts at or after `from`, a line start. */
function firstLineFrom(text: string, from: number): string {
  for (let at = from; at < text.length;) {
    const end = text.indexOf('\n', at)
    const stop = end === -1 ? text.length : end
    const line = text.slice(at, stop).trim()
    if (line !== '') return line.slice(0, KEPT)
    at = stop + 1
  }
  return ''
}

/** The last non-blank line. */
function lastLine(text: string): string {
  let end = text.length
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end).trim()
    if (line !== '') return line.slice(0, KEPT)
    end = start - 1
  }
  return ''
}
