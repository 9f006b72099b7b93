import { continues, joinPiece } from './join.ts'
import { createRecordSplitter, type LogRecord } from './read/records.ts'
import { unwrapLine } from './read/unwrap.ts'
import { createReader, type LineReader } from './reader.ts'
import type { Classified, LineResult } from './types.ts'

/** A result together with the entry text it was read from (for examples and previews). */
export interface AnalyzedLine extends LineResult {
  text: string
}

/** Reads a log one line at a time, in order, holding back only an entry that may go on. */
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
  /** The reader (default: one reading every fact); its memo lives as long as the analyzer. */
  read?: LineReader
}

/**
 * Creates a streaming analyzer: one result per input line, in input order. A line that
 * continues an nginx entry (a terminal's or a person's wrap, FastCGI's multi-line stderr; see
 * join.ts) is joined to that entry; it gets `cause: null` and `continues`.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  let lineNo = (options.firstLine ?? 1) - 1
  const read = options.read ?? createReader({ depth: 'all' })
  let full: LineReader | null = null
  // Joins are rare; the reading that chooses how to join wants every fact.
  const readFully = (text: string): Classified => (full ??= createReader({ depth: 'all' }))(text)
  // The entry held back, in plain variables rather than an object: on a big log this runs for
  // every line, and fewer objects per line is less garbage to collect.
  let held: Classified | null = null
  let heldLine = 0
  let heldText = ''
  let heldRest: number[] | null = null
  let heldRecord: LogRecord | null = null
  const splitter = createRecordSplitter()

  function flush(): readonly AnalyzedLine[] {
    if (held === null) return NOTHING
    const head: AnalyzedLine = {
      line: heldLine,
      cause: held.cause,
      facts: held.facts,
      text: held.text,
    }
    const rest = heldRest
    held = null
    heldRest = null
    if (rest === null) return [head]
    return [head, ...rest.map((line) => continuation(line, head.line))]
  }

  // The input lines a record of a platform's export spans after its first (see records.ts).
  const restOf = (record: LogRecord | null): number[] => {
    const lines: number[] = []
    if (record !== null) for (let n = 1; n <= record.rest; n += 1) lines.push(record.line + n)
    return lines
  }

  function take(raw: string, at: number, record: LogRecord | null): readonly AnalyzedLine[] {
    const next = marked(read(raw), record)
    if (held !== null && continues(heldText, held, raw, next)) {
      heldText = joinPiece(heldText, unwrapLine(raw).text, readFully)
      heldRest ??= []
      heldRest.push(at, ...restOf(record))
      held = marked(read(heldText), heldRecord)
      return NOTHING
    }
    const done = flush()
    if (next.facts.source === 'nginx-error') {
      held = next
      heldLine = at
      heldText = next.text
      heldRecord = record
      if (record !== null && record.rest > 0) heldRest = restOf(record)
      return done
    }
    const own: AnalyzedLine = { line: at, cause: next.cause, facts: next.facts, text: next.text }
    const tail = restOf(record).map((line) => continuation(line, at))
    if (done === NOTHING && tail.length === 0) return [own]
    return [...done, own, ...tail]
  }

  const takeAll = (records: readonly LogRecord[]): readonly AnalyzedLine[] => {
    let out: readonly AnalyzedLine[] = NOTHING
    for (const record of records) {
      const results = take(record.text, record.line, record)
      if (results !== NOTHING) out = out === NOTHING ? results : [...out, ...results]
    }
    return out
  }

  return {
    push(line) {
      lineNo += 1
      const records = splitter.push(line, lineNo)
      return records === null ? take(line, lineNo, null) : takeAll(records)
    },
    end() {
      const last = takeAll(splitter.end())
      const done = flush()
      return done === NOTHING ? last : [...last, ...done]
    },
  }
}

/**
 * A record's reading with what the platform said about it: where it came from (`instance`),
 * when (`wrapperTime`) and which platform (`platform`). Lines read as they stand keep theirs.
 */
function marked(read: Classified, record: LogRecord | null): Classified {
  if (record?.platform === undefined) return read
  const extra: Record<string, string> = { ...read.facts.extra, platform: record.platform }
  if (record.instance !== undefined) extra['instance'] = record.instance
  if (record.time !== undefined) extra['wrapperTime'] = record.time
  read.facts.extra = extra
  return read
}

/** What push() returns when no line is final yet: shared, so callers only read it. */
const NOTHING: readonly AnalyzedLine[] = Object.freeze([])

function continuation(line: number, first: number): AnalyzedLine {
  return { line, cause: null, facts: { source: 'unknown' }, continues: first, text: '' }
}

/** Reads a whole pasted text with every fact: one result per line, lines split on `\n`. */
export function analyzeText(text: string): AnalyzedLine[] {
  const analyzer = createAnalyzer()
  const results: AnalyzedLine[] = []
  for (const line of text.split('\n')) {
    for (const result of analyzer.push(line)) results.push(result)
  }
  for (const result of analyzer.end()) results.push(result)
  return results
}
