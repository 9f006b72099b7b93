import { classifyLine, type Classified } from './classify-line.ts'
import type { LineResult } from './types.ts'
import { unwrapLine } from './unwrap.ts'

/** A result together with the entry text it was read from (for examples and previews). */
export interface AnalyzedLine extends LineResult {
  text: string
}

/** Classifies a log one line at a time, in order, holding back only a possibly wrapped entry. */
export interface Analyzer {
  /** Adds the next input line (without its `\n`); returns the results now final. */
  push(line: string): AnalyzedLine[]
  /** Signals the end of input; returns the results still held back. */
  end(): AnalyzedLine[]
}

/** Options of {@link createAnalyzer}. */
export interface AnalyzerOptions {
  /** Number of the first line pushed (default: 1); a worker reading the middle of a file sets it. */
  firstLine?: number
  /** How to read one entry (default: {@link classifyLine}, every fact). */
  classify?: (raw: string) => Classified
}

interface Pending {
  first: number
  rest: number[]
  joined: string
  classified: Classified
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
  let pending: Pending | null = null

  function flush(): AnalyzedLine[] {
    if (pending === null) return []
    const { first, rest, classified } = pending
    pending = null
    const head = {
      line: first,
      cause: classified.cause,
      facts: classified.facts,
      text: classified.text,
    }
    if (rest.length === 0) return [head]
    return [head, ...rest.map((line) => continuation(line, first))]
  }

  return {
    push(line) {
      lineNo += 1
      const classified = classify(line)
      if (pending !== null && continues(pending, line, classified)) {
        const piece = unwrapLine(line).text
        const sep = openQuote(pending.joined) ? '\n' : ''
        pending.joined += sep + piece
        pending.rest.push(lineNo)
        pending.classified = classify(pending.joined)
        return []
      }
      const out = flush()
      if (classified.facts.source === 'nginx-error') {
        pending = { first: lineNo, rest: [], joined: classified.text, classified }
      } else {
        out.push({
          line: lineNo,
          cause: classified.cause,
          facts: classified.facts,
          text: classified.text,
        })
      }
      return out
    },
    end: flush,
  }
}

function continuation(line: number, first: number): AnalyzedLine {
  return { line, cause: null, facts: { source: 'unknown' }, continues: first, text: '' }
}

function continues(pending: Pending, line: string, next: Classified): boolean {
  const fragment = next.facts.source === 'nginx-error' && next.facts.time === undefined
  if ((next.facts.source !== 'unknown' && !fragment) || line.trim() === '') return false
  const cut = !COMPLETE_TAIL.test(tail(pending.joined))
  // A wrap can leave a piece that reads like a quoted fragment (` *1 connect() failed ...`):
  // it belongs to the entry before only when that entry was visibly cut.
  if (fragment) return cut
  if (CONTEXT_PIECE.test(line) || openQuote(pending.joined)) return true
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
