/**
 * A pasted configuration: the output of `sudo nginx -T`, one file, or a snippet. nginx -T
 * writes each file it read as `# configuration file PATH:` and the file's text, then one empty
 * line (`src/core/nginx.c`); the main file comes first. Lines are numbered per file, as on the
 * server, so a problem points at a line the person can open; a paste without that marker is one
 * file `''` numbered as pasted.
 */
import { expandIncludes } from './include.ts'
import { parseConfigText } from './parse.ts'
import { isPasteNoise, versionFrom } from './paste-noise.ts'
import { readPools, type PhpPool } from './pool.ts'
import type { ConfigFile, ConfigProblem, ParsedConfig } from './types.ts'

const MARKER_START = '# configuration file '
const MARKER = /^# configuration file (.+):\r?$/
/** Problems kept for the whole paste; each file's parse keeps its own first ones too. */
const MAX_PROBLEMS = 1000

/** Where each line starts; the text is never split, so a 2 MB dump makes no line strings. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}

interface Segment {
  path: string
  /** Index of the file's first line. */
  from: number
  /** Index past its last line. */
  to: number
  /** The file's text ends with a newline of its own (see segments). */
  endsWithNewline?: boolean
}

/**
 * Noise is only possible on a line that starts with one of n N b T t c $ % > [ (nginx's own
 * lines, a prompt sign) or holds an `@` (user@host): a cheap test before the patterns.
 */
const NOISE_START = new Set([110, 78, 98, 84, 116, 99, 36, 37, 62, 91])

/** Reads a paste's lines by index, without splitting it. */
class Lines {
  readonly text: string
  readonly starts: number[]
  constructor(text: string) {
    this.text = text
    this.starts = lineStarts(text)
  }
  /** Offset just past line k's text (before its `\n`). */
  end(k: number): number {
    const next = this.starts[k + 1]
    return next === undefined ? this.text.length : next - 1
  }
  at(k: number): string {
    return this.text.slice(this.starts[k]!, this.end(k))
  }
  blank(k: number): boolean {
    return this.at(k).trim() === ''
  }
  noise(k: number): boolean {
    let s = this.starts[k]!
    const e = this.end(k)
    while (s < e && (this.text.charCodeAt(s) === 32 || this.text.charCodeAt(s) === 9)) s += 1
    if (s >= e) return false
    if (!NOISE_START.has(this.text.charCodeAt(s))) {
      const at = this.text.indexOf('@', s)
      if (at < 0 || at >= e) return false
    }
    return isPasteNoise(this.at(k))
  }
}

/** Where each file of the paste starts and ends; without a marker, the whole paste. */
function segments(lines: Lines): Segment[] {
  const found: Segment[] = []
  const { text, starts } = lines
  for (let k = 0; k < starts.length; k += 1) {
    if (!text.startsWith(MARKER_START, starts[k]!)) continue
    const m = MARKER.exec(lines.at(k))
    if (m === null) continue
    const previous = found[found.length - 1]
    if (previous !== undefined) previous.to = k
    found.push({ path: m[1]!, from: k + 1, to: starts.length })
  }
  if (found.length === 0) return [{ path: '', from: 0, to: starts.length }]
  for (let k = 0; k < found.length; k += 1) {
    const seg = found[k]!
    const to = seg.to
    if (k < found.length - 1) {
      // The one empty line nginx writes after each file is not the file's.
      if (seg.to > seg.from && lines.blank(seg.to - 1)) seg.to -= 1
    } else {
      // After the last file: that empty line, and whatever was pasted after the dump.
      while (seg.to > seg.from && (lines.blank(seg.to - 1) || lines.noise(seg.to - 1))) seg.to -= 1
    }
    // nginx writes a newline after each file: an empty line after it means the file ended
    // with one of its own (a file that did not runs straight into the next marker).
    seg.endsWithNewline = seg.to < to
  }
  return found
}

// A line that is a pool's `[name]` or a `;` comment: only then is a file looked at line by line.
const MAY_HOLD_POOL = /^[ \t]*(?:\[[^\]\s]{1,64}\][ \t]*\r?$|;)/m

/** A line of a Markdown quote: `> …` (GitHub comments quote a pasted config this way). */
const QUOTED = /^ {0,3}>/

/**
 * A paste quoted line by line in Markdown (`> server {`) is the config without its quote marks:
 * every non-empty line must be quoted, so a config line starting with `>` is never touched.
 * Lines keep their numbers.
 */
export function unquoteMarkdown(text: string): string {
  const lines = text.split('\n')
  const filled = lines.filter((line) => line.trim() !== '')
  if (filled.length === 0 || !filled.every((line) => QUOTED.test(line))) return text
  return lines.map((line) => line.replace(/^ {0,3}> ?/, '')).join('\n')
}

/** The version shown by `nginx -v`/`-V` anywhere in the paste. */
function findVersion(text: string): string | undefined {
  for (let at = text.indexOf('version:'); at >= 0; at = text.indexOf('version:', at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1
    const end = text.indexOf('\n', at)
    const version = versionFrom(text.slice(start, end < 0 ? text.length : end))
    if (version !== undefined) return version
  }
  return undefined
}

/**
 * Reads a pasted configuration: its files, the main context with includes expanded, the
 * problems at their file and line, and nginx's version if the paste shows it. Never throws.
 */
export function readConfigPaste(pasted: string): ParsedConfig {
  const text = unquoteMarkdown(pasted)
  const lines = new Lines(text)
  const problems: ConfigProblem[] = []
  const pools: PhpPool[] = []
  const segs = segments(lines)
  const first = segs[0]!
  if (first.path !== '') {
    for (let k = 0; k < first.from - 1; k += 1) {
      if (lines.blank(k) || lines.noise(k)) continue
      problems.push({
        file: '',
        line: k + 1,
        message: `line ${k + 1} and any after it before the first \`# configuration file\` line are not part of the dump and were not read`,
      })
      break
    }
  }

  const files: ConfigFile[] = segs.map((seg) => {
    const body = seg.to > seg.from ? text.slice(lines.starts[seg.from]!, lines.end(seg.to - 1)) : ''
    const own = seg.endsWithNewline === true && body !== '' ? `${body}\n` : body
    let readable = own
    const blank = new Set<number>()
    if (seg.path === '') {
      // A prompt or nginx -t line in a bare paste is read as an empty line: numbering stays.
      for (let k = seg.from; k < seg.to; k += 1) if (lines.noise(k)) blank.add(k - seg.from)
    }
    // A PHP-FPM pool pasted with the config is read as one, and is an empty line to nginx.
    if (MAY_HOLD_POOL.test(own)) {
      const found = readPools(own.split('\n'), seg.path)
      for (const pool of found.pools) pools.push(pool)
      for (const k of found.own) blank.add(k)
    }
    if (blank.size > 0) {
      readable = own
        .split('\n')
        .map((line, k) => (blank.has(k) ? '' : line))
        .join('\n')
    }
    const parsed = parseConfigText(readable, seg.path)
    for (const p of parsed.problems) problems.push(p)
    return { path: seg.path, text: own, directives: parsed.directives }
  })

  const expanded = expandIncludes(files)
  for (const p of expanded.problems) problems.push(p)
  if (problems.length > MAX_PROBLEMS) {
    // A binary or garbled paste: the first ones say enough.
    const more = problems.length - MAX_PROBLEMS
    problems.length = MAX_PROBLEMS
    const last = problems[MAX_PROBLEMS - 1]!
    problems.push({ file: last.file, line: last.line, message: `and ${more} more problems` })
  }
  const result: ParsedConfig = { files, main: expanded.main, problems, pools }
  const version = findVersion(text)
  if (version !== undefined) result.version = version
  return result
}
