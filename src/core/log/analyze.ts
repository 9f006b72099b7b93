import { classifyLine, type Classified } from './classify-line.ts'
import type { LineResult } from './types.ts'
import { unwrapLine } from './unwrap.ts'

/** A result together with the entry text it was read from (for examples and previews). */
export interface AnalyzedLine extends LineResult {
  text: string
  /** The facts as JSON text, when the reader wrote it (see {@link Classified}). */
  factsJson?: string | undefined
}

/** Classifies a log one line at a time, in order, holding back only a possibly wrapped entry. */
export interface Analyzer {
  /** Adds the next input line (without its `\n`); returns the results now final. */
  push(line: string): readonly AnalyzedLine[]
  /** Signals the end of input; returns the results still held back. */
  end(): readonly AnalyzedLine[]
}

/** Options of {@link createAnalyzer}. */
export interface AnalyzerOptions {
  /** Number of the first line pushed (default: 1); a worker reading the middle of a file sets it. */
  firstLine?: number
  /** How to read one entry (default: {@link classifyLine}, every fact). */
  classify?: (raw: string) => Classified
}

// The pieces of nginx's context that only ever follow a message: a line that holds one and no
// timestamp of its own is the tail of an entry a terminal wrapped.
const CONTEXT_PIECE = /, client: |, server: | while [a-z]|, upstream: "|, request: "/
// How a finished entry ends: its context, an errno, a number (pid, port, config line) or the
// last word of an action or notice. Anything else was cut by a terminal.
const COMPLETE_TAIL =
  /(?:, server: [^\s,"]*|"|, resolver: \S+|[)\d]|upstream|connection|method|process(?:es)?)$/

/**
 * Creates a streaming analyzer: one result per input line, in input order. A line with no
 * timestamp that continues an unfinished nginx entry (a terminal's hard wrap, FastCGI's
 * multi-line stderr) is joined to that entry; it gets `cause: null` and `continues`.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  let lineNo = (options.firstLine ?? 1) - 1
  const classify = options.classify ?? classifyLine
  // The entry held back, in plain variables rather than an object: on a big log this runs for
  // every line, and fewer objects per line is less garbage to collect.
  let held: Classified | null = null
  let heldLine = 0
  let heldText = ''
  let heldRest: number[] | null = null

  function flush(): readonly AnalyzedLine[] {
    if (held === null) return NOTHING
    const head: AnalyzedLine = {
      line: heldLine,
      cause: held.cause,
      facts: held.facts,
      text: held.text,
      factsJson: held.factsJson,
    }
    const rest = heldRest
    held = null
    heldRest = null
    if (rest === null) return [head]
    return [head, ...rest.map((line) => continuation(line, head.line))]
  }

  return {
    push(line) {
      lineNo += 1
      const classified = classify(line)
      if (held !== null && continues(heldText, line, classified)) {
        const piece = unwrapLine(line).text
        heldText += (openQuote(heldText) ? '\n' : '') + piece
        heldRest ??= []
        heldRest.push(lineNo)
        held = classify(heldText)
        return NOTHING
      }
      const done = flush()
      if (classified.facts.source === 'nginx-error') {
        held = classified
        heldLine = lineNo
        heldText = classified.text
        return done
      }
      const own: AnalyzedLine = {
        line: lineNo,
        cause: classified.cause,
        facts: classified.facts,
        text: classified.text,
        factsJson: classified.factsJson,
      }
      return done === NOTHING ? [own] : [...done, own]
    },
    end: flush,
  }
}

/** What push() returns when no line is final yet: shared, so callers only read it. */
const NOTHING: readonly AnalyzedLine[] = Object.freeze([])

function continuation(line: number, first: number): AnalyzedLine {
  return { line, cause: null, facts: { source: 'unknown' }, continues: first, text: '' }
}

function continues(entry: string, line: string, next: Classified): boolean {
  const fragment = next.facts.source === 'nginx-error' && next.facts.time === undefined
  if ((next.facts.source !== 'unknown' && !fragment) || line.trim() === '') return false
  const cut = !COMPLETE_TAIL.test(tail(entry))
  // A wrap can leave a piece that reads like a quoted fragment (` *1 connect() failed ...`):
  // it belongs to the entry before only when that entry was visibly cut.
  if (fragment) return cut
  if (CONTEXT_PIECE.test(line) || openQuote(entry)) return true
  // Otherwise join only an entry that was visibly cut: a note the user typed under a complete
  // line must stay a line of its own.
  return cut
}

/** The last characters of an entry: enough for {@link COMPLETE_TAIL}, cheap on long lines. */
function tail(entry: string): string {
  return entry.slice(-120).trimEnd()
}

function openQuote(entry: string): boolean {
  const at = entry.indexOf('FastCGI sent in stderr: "')
  if (at === -1) return false
  const tail = entry.slice(at + 25)
  return !(
    tail.includes('" while ') ||
    tail.includes('", client: ') ||
    tail.trimEnd().endsWith('"')
  )
}

/** Classifies a whole pasted text: one result per line, lines split on `\n`. */
export function analyzeText(text: string): AnalyzedLine[] {
  const analyzer = createAnalyzer()
  const results: AnalyzedLine[] = []
  for (const line of text.split('\n')) {
    for (const result of analyzer.push(line)) results.push(result)
  }
  for (const result of analyzer.end()) results.push(result)
  return results
}
