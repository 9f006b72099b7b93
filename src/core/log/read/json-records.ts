import { recordOf, recordsOf, type Platform, type PlatformRecord } from './platform-record.ts'

/**
 * One log line out of a platform's export, placed on the input lines it came from: it is read
 * at `line`, and the `rest` lines after it (the rest of a pretty-printed JSON record, a
 * journald export's fields) belong to it. Lines of an export that hold no log line (an
 * Elasticsearch response's header, a closing bracket) come as records with empty text.
 */
export interface LogRecord {
  line: number
  rest: number
  text: string
  instance?: string
  time?: string
  platform?: Platform
}

/**
 * An export pasted as one JSON string: `"{\"logStreamName\":…}\n{…}\n"` (a test's literal, a
 * log line holding another program's JSON output).
 */
export const ESCAPED_EXPORT = /^"\s*[[{]\\"/

/** An export escaped into one JSON string, read record by record, all on its one line. */
export function escapedExport(line: string, lineNo: number): LogRecord[] | null {
  let inner: unknown
  try {
    inner = JSON.parse(line.trimEnd())
  } catch {
    return null
  }
  if (typeof inner !== 'string') return null
  const out: LogRecord[] = []
  for (const piece of inner.split('\n')) {
    if (piece.trim() === '') continue
    const records = oneLine(piece, lineNo)
    if (records === undefined || records === null) return null
    out.push(...records)
  }
  return out.length === 0 ? null : out
}

/** A JSON record on one line (JSON Lines, or a whole export on one line), or undefined. */
export function oneLine(line: string, lineNo: number): LogRecord[] | null | undefined {
  const trimmed = line.trimEnd()
  const last = trimmed.charCodeAt(trimmed.length - 1)
  if (last !== 125 && last !== 93) return undefined
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    return undefined
  }
  const records = recordsOf(value)
  // JSON that holds no log line we know (an app's own JSON) is read as the line it is.
  if (records.length === 0) return null
  return records.map((record) => placed(finish(record), lineNo, lineNo))
}

/** A document with no array of records: itself one record, or (an array of strings) several. */
export function whole(text: string, from: number, to: number): LogRecord[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return []
  }
  const records = recordsOf(value).map(finish)
  return records.map((record, i) => {
    const line = Math.min(from + i, to)
    return placed(record, line, i === records.length - 1 ? to : line)
  })
}

/** A record's text parsed, or null when it holds no log line, or undefined when not JSON. */
export function parsed(text: string): PlatformRecord | null | undefined {
  try {
    const record = recordOf(JSON.parse(text))
    return record === null ? null : finish(record)
  } catch {
    return undefined
  }
}

/** A record placed on the input lines it spans (see LogRecord). */
export function placed(record: PlatformRecord | null, line: number, last: number): LogRecord {
  const out: LogRecord = { line, rest: last - line, text: record?.text ?? '' }
  if (record === null) return out
  out.platform = record.platform
  if (record.instance !== undefined) out.instance = record.instance
  if (record.time !== undefined) out.time = record.time
  return out
}

const ESCAPED_QUOTE = /\\"/
const BARE_QUOTE = /(?:^|[^\\])"/

/**
 * The record's line once more unwrapped where a shipper wrapped it twice: a JSON record inside
 * the message (Docker's `{"log":…}` through Fluentd), or quotes still escaped (`\"GET / …\"`)
 * because the message was escaped twice.
 */
function finish(record: PlatformRecord): PlatformRecord {
  let { text } = record
  if (text.startsWith('{"')) {
    try {
      const inner = recordOf(JSON.parse(text))
      if (inner !== null) {
        text = inner.text
        if (record.instance === undefined && inner.instance !== undefined)
          return { ...record, text, instance: inner.instance }
      }
    } catch {
      // A message that merely starts like JSON.
    }
  }
  if (ESCAPED_QUOTE.test(text) && !BARE_QUOTE.test(text)) {
    try {
      text = JSON.parse(`"${text}"`) as string
    } catch {
      // Not a JSON string's body after all: keep it as it is.
    }
  }
  return text === record.text ? record : { ...record, text }
}
