/**
 * A copy of `text` that does not keep alive the string it was cut from. V8 represents a slice
 * of a long string as a view into it, so remembering one short piece of a line (in a cache or
 * a finding) would pin the whole megabyte chunk the line was read from. Prepending a character
 * forces a fresh string; slicing it off leaves a view into that small copy only. Meant for
 * values stored once and kept (cache entries, a finding's first servers), not for every line.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1)
}
