/** Where a record begins or ends inside the lines a {@link JsonScanner} was given. */
export interface JsonMark {
  /** The line's number, as given to {@link JsonScanner.scan}. */
  line: number
  /** The offset in that line: the record's first character, or just past its last. */
  at: number
}

/** What one line did to the document being scanned. */
export interface ScanEvents {
  /** Records that closed on this line: each from `start` up to `end`. */
  records: { start: JsonMark; end: JsonMark }[]
  /** The document's outermost value closed on this line. */
  closed: boolean
}

/**
 * Follows one JSON document line by line without parsing it, to find its records as they
 * close: the elements of the first array whose first element is an object or an array (the
 * `events` of CloudWatch, `hits.hits` of Elasticsearch, the entries of a JSON array, the rows
 * of Logs Insights). A document with no such array is one record, the whole of it. Only
 * string quoting and brackets are followed, so a 200 MB export costs one pass over its
 * characters and holds nothing but the record being read.
 */
export interface JsonScanner {
  scan(line: string, lineNo: number): ScanEvents
  /** Whether any record array was found (else the document is its own record). */
  readonly found: boolean
}

/** Creates a {@link JsonScanner} for a document that starts at the first line scanned. */
export function createJsonScanner(): JsonScanner {
  let depth = 0
  let inString = false
  let escaped = false
  // The depth whose values are records, once known; -1 until then.
  let recordDepth = -1
  // After a `[` (while no record array is known): the depth its first element would be at.
  let pending = -1
  let start: JsonMark | null = null
  return {
    get found() {
      return recordDepth !== -1
    },
    scan(line, lineNo) {
      const events: ScanEvents = { records: [], closed: false }
      for (let i = 0; i < line.length; i += 1) {
        const c = line.charCodeAt(i)
        if (inString) {
          if (escaped) escaped = false
          else if (c === 92) escaped = true
          else if (c === 34) inString = false
          continue
        }
        if (c === 32 || c === 9 || c === 13) continue
        if (pending !== -1 && depth === pending) {
          // The first element of the array: only objects and arrays make it a record array.
          if (c === 123 || c === 91) recordDepth = pending
          pending = -1
        }
        if (c === 34) inString = true
        else if (c === 123 || c === 91) {
          if (depth === recordDepth) start = { line: lineNo, at: i }
          depth += 1
          if (c === 91 && recordDepth === -1) pending = depth
        } else if (c === 125 || c === 93) {
          depth -= 1
          if (depth === recordDepth && start !== null) {
            events.records.push({ start, end: { line: lineNo, at: i + 1 } })
            start = null
          }
          if (depth <= 0) {
            events.closed = true
            return events
          }
        }
      }
      return events
    },
  }
}

/** Whether a line (without its leading space) opens a JSON document rather than a log line. */
export function opensJson(line: string): boolean {
  let i = 0
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i += 1
  const c = line.charCodeAt(i)
  if (c !== 123 && c !== 91) return false
  // `{"…`, `[{`, `[[`, `[ "…` or a bracket alone: log lines that start with a bracket (PHP-FPM's
  // `[02-Dec-2026 …]`, kubectl's `[pod/…]`, Fluent Bit's `[0] tag:`) go on with a word.
  let j = i + 1
  while (j < line.length && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9)) j += 1
  if (j >= line.length || line.charCodeAt(j) === 13) return true
  const next = line.charCodeAt(j)
  return next === 34 || next === 123 || next === 91 || (c === 123 && next === 125)
}
