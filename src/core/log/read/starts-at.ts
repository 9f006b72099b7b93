/**
 * Whether `literal` occurs in `text` at `at` (`text.startsWith(literal, at)` for `at >= 0`).
 *
 * Why not startsWith: every line a big log is read into is a slice of a larger string, and V8
 * answers startsWith on such a string with a call into its C++ runtime, which costs several
 * times more than comparing the few characters of a literal here (measured on the CLI's
 * million-line benchmark). Meant for short literals; a long message is compared once by `===`.
 */
export function startsAt(text: string, literal: string, at: number): boolean {
  const length = literal.length
  if (at < 0 || at + length > text.length) return false
  for (let i = 0; i < length; i += 1) {
    if (text.charCodeAt(at + i) !== literal.charCodeAt(i)) return false
  }
  return true
}
