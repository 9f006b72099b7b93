import { csvHeader, csvRecord, quotesIn } from './csv-export.ts'
import { createJsonScanner, opensJson, type JsonScanner } from './json-scan.ts'
import { FLUENT_HEAD, readFluentPrint } from './fluent-bit-print.ts'
import { readJournalField } from './journal-export.ts'
import {
  ESCAPED_EXPORT,
  escapedExport,
  oneLine,
  parsed,
  placed,
  whole,
  type LogRecord,
} from './json-records.ts'
import { recordOf } from './platform-record.ts'

export type { LogRecord } from './json-records.ts'

/** Splits the input lines into records; most lines are records of their own, as they are. */
export interface RecordSplitter {
  /** The records the line completes, or null when it is a log line as it stands. */
  push(line: string, lineNo: number): LogRecord[] | null
  /** The records still open at the end of input (an export cut short reads line by line). */
  end(): LogRecord[]
}

/**
 * Whether a first line opens an export whose records span lines or lean on that line (a JSON
 * document over several lines, not JSON Lines; journalctl -o export; Fluent Bit's print; a CSV
 * report's header): such a log cannot be read in pieces apart, as the command line reads a big
 * file on two cores. The modes {@link createRecordSplitter} starts on.
 */
export function opensExport(first: string): boolean {
  return (
    (opensJson(first) && !/[}\]]\s*$/.test(first)) ||
    first.startsWith('__CURSOR=') ||
    FLUENT_HEAD.test(first) ||
    csvHeader(first) !== null
  )
}

/** How much of one JSON document may wait for its records: past it, lines are read as lines. */
export const MAX_PENDING = 4 << 20

/** Creates the first stage of the reader (see reader.ts): platform exports into records. */
export function createRecordSplitter(): RecordSplitter {
  let mode: 'lines' | 'json' | 'journal' | 'fluent' | 'csv' = 'lines'
  let scanner: JsonScanner | null = null
  // The lines of the open document not yet given out, from `base` on.
  let pending: string[] = []
  let pendingChars = 0
  let base = 0
  let emitted = 0
  let docStart = 0
  let journal: Record<string, string> = {}
  // A CSV export's columns, and the quotes seen in the row so far (odd: a cell is open).
  let columns: string[] = []
  let quotes = 0

  const asLines = (from: number): LogRecord[] => {
    const out: LogRecord[] = []
    for (let n = Math.max(from, base); n < base + pending.length; n += 1)
      out.push({ line: n, rest: 0, text: pending[n - base] ?? '' })
    return out
  }
  const blanks = (out: LogRecord[], through: number): void => {
    for (let n = emitted + 1; n <= through; n += 1) out.push({ line: n, rest: 0, text: '' })
    emitted = Math.max(emitted, through)
  }
  const reset = (): void => {
    mode = 'lines'
    scanner = null
    pending = []
    pendingChars = 0
  }
  const slice = (s: { line: number; at: number }, e: { line: number; at: number }): string => {
    if (s.line === e.line) return (pending[s.line - base] ?? '').slice(s.at, e.at)
    const parts = pending.slice(s.line - base, e.line - base + 1)
    parts[0] = (parts[0] ?? '').slice(s.at)
    parts[parts.length - 1] = (parts.at(-1) ?? '').slice(0, e.at)
    return parts.join('\n')
  }

  const pushJson = (line: string, lineNo: number): LogRecord[] => {
    pending.push(line)
    pendingChars += line.length
    const events = scanner!.scan(line, lineNo)
    const out: LogRecord[] = []
    for (const { start, end } of events.records) {
      const record = parsed(slice(start, end))
      if (record === undefined) {
        // Brackets that balance around text that is not JSON: read the lines as they are.
        out.push(...asLines(emitted + 1))
        emitted = lineNo
        reset()
        return out
      }
      blanks(out, start.line - 1)
      out.push(placed(record, start.line, end.line))
      emitted = Math.max(emitted, end.line)
      pending = pending.slice(end.line - base)
      pendingChars = pending.reduce((n, l) => n + l.length, 0)
      base = end.line
    }
    if (events.closed) {
      if (!scanner!.found) {
        const records = whole(pending.join('\n'), docStart, lineNo)
        out.push(...(records.length > 0 ? records : asLines(emitted + 1)))
        emitted = lineNo
      }
      blanks(out, lineNo)
      reset()
    } else if (pendingChars > MAX_PENDING) {
      out.push(...asLines(emitted + 1))
      emitted = lineNo
      reset()
    }
    return out
  }

  // A journald export's record ends at a blank line (which it keeps) or at a line not its own.
  const closeJournal = (ends: number): LogRecord[] => {
    binary = false
    const record = recordOf(journal)
    const out =
      record === null
        ? asLines(docStart).slice(0, ends - docStart + 1)
        : [placed(record, docStart, ends)]
    emitted = ends
    journal = {}
    reset()
    return out
  }

  // A field that is not text is its name alone, then its length in binary and its bytes: in a
  // paste those come out as lines of their own, blank or not, skipped up to the next field.
  let binary = false
  const pushJournal = (line: string, lineNo: number): LogRecord[] | null => {
    if (line.startsWith('__CURSOR=') && pending.length > 0) {
      const out = closeJournal(lineNo - 1)
      return [...out, ...(push(line, lineNo) ?? [])]
    }
    pending.push(line)
    const field = readJournalField(line)
    if (field !== null) {
      journal[field.key] = field.value
      binary = false
      return []
    }
    if (BINARY_FIELD.test(line) || binary) {
      binary = true
      return []
    }
    if (line.trim() === '') return closeJournal(lineNo)
    const out = closeJournal(lineNo - 1)
    const own = push(line, lineNo)
    return [...out, ...(own ?? [{ line: lineNo, rest: 0, text: line }])]
  }

  // Fluent Bit's print: a record runs from its `[N] tag: [` line to the line ending in `}]`.
  const closeFluent = (ends: number): LogRecord[] => {
    const record = readFluentPrint(pending.slice(0, ends - base + 1).join('\n'))
    const out =
      record === null ? asLines(base).slice(0, ends - base + 1) : [placed(record, base, ends)]
    emitted = ends
    reset()
    return out
  }
  const pushFluent = (line: string, lineNo: number): LogRecord[] | null => {
    if (FLUENT_HEAD.test(line)) {
      const out = closeFluent(lineNo - 1)
      return [...out, ...(push(line, lineNo) ?? [])]
    }
    pending.push(line)
    pendingChars += line.length
    if (line.trimEnd().endsWith('}]')) return closeFluent(lineNo)
    return pendingChars > MAX_PENDING ? closeFluent(lineNo) : []
  }

  // A CSV export's row is one line, or more where a quoted cell holds a newline.
  const pushCsv = (line: string, lineNo: number): LogRecord[] | null => {
    if (pending.length === 0) base = lineNo
    pending.push(line)
    pendingChars += line.length
    quotes += quotesIn(line)
    if (quotes % 2 === 1) return pendingChars > MAX_PENDING ? endCsv() : []
    const record = csvRecord(columns, pending.join('\n'))
    if (record === undefined) {
      // Not a row of this export: the export ended, and the lines are read as they stand.
      if (pending.length > 1) return endCsv()
      reset()
      return push(line, lineNo)
    }
    const out = [placed(record, base, lineNo)]
    emitted = lineNo
    pending = []
    pendingChars = 0
    quotes = 0
    return out
  }
  const endCsv = (): LogRecord[] => {
    const out = asLines(base)
    emitted = base + pending.length - 1
    reset()
    return out
  }

  function push(line: string, lineNo: number): LogRecord[] | null {
    if (mode === 'csv') return pushCsv(line, lineNo)
    if (mode === 'fluent') return pushFluent(line, lineNo)
    if (mode === 'json') return pushJson(line, lineNo)
    if (mode === 'journal') return pushJournal(line, lineNo)
    const first = line.charCodeAt(0)
    if (first === 95 && line.startsWith('__CURSOR=')) {
      mode = 'journal'
      docStart = base = lineNo
      emitted = lineNo - 1
      pending = []
      journal = {}
      return pushJournal(line, lineNo)
    }
    if (first === 91 && FLUENT_HEAD.test(line)) {
      mode = 'fluent'
      base = lineNo
      emitted = lineNo - 1
      pending = [line]
      pendingChars = line.length
      return line.trimEnd().endsWith('}]') ? closeFluent(lineNo) : []
    }
    // A CSV header has no space in it (nginx's lines have one within a dozen characters).
    if (line.indexOf(' ') === -1 && line.includes(',')) {
      const header = csvHeader(line)
      if (header !== null) {
        mode = 'csv'
        columns = header
        quotes = 0
        pending = []
        pendingChars = 0
        emitted = lineNo
        return [{ line: lineNo, rest: 0, text: '' }]
      }
    }
    if (first === 34 && ESCAPED_EXPORT.test(line)) return escapedExport(line, lineNo)
    if (first !== 123 && first !== 91 && first !== 32 && first !== 9) return null
    if (!opensJson(line)) return null
    const whole = oneLine(line, lineNo)
    if (whole !== undefined) return whole
    mode = 'json'
    scanner = createJsonScanner()
    docStart = base = lineNo
    emitted = lineNo - 1
    pending = []
    pendingChars = 0
    return pushJson(line, lineNo)
  }

  return {
    push,
    end() {
      if (mode === 'lines') return []
      if (mode === 'journal') return closeJournal(base + pending.length - 1)
      if (mode === 'fluent') return closeFluent(base + pending.length - 1)
      if (mode === 'csv') return pending.length > 0 ? endCsv() : (reset(), [])
      const out = asLines(emitted + 1)
      reset()
      return out
    },
  }
}

const BINARY_FIELD = /^[A-Z_][A-Z0-9_]{0,63}$/
