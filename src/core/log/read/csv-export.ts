import { TEXT_KEYS } from './json-fields.ts'
import { recordOf, type PlatformRecord } from './platform-record.ts'

// A column's name as Kibana writes it: field names, dotted, never with a space.
const NAME = /^[@\w.-]+$/
const LINE_COLUMNS: ReadonlySet<string> = new Set(TEXT_KEYS)
// Kibana puts a ' before a value that a spreadsheet would run as a formula (=, +, -, @).
const FORMULA = /^'[=+\-@]/

const unformula = (cell: string): string => (FORMULA.test(cell) ? cell.slice(1) : cell)

/**
 * The cells of one CSV record (RFC 4180: a quoted cell doubles its quotes and may hold commas
 * and newlines). Null when a quote is left open: the record goes on on the next line.
 */
export function splitCsv(text: string): string[] | null {
  const cells: string[] = []
  let at = 0
  for (;;) {
    // A space or two before a quoted cell (a hand-tidied export) still opens it.
    let lead = at
    while (text.charCodeAt(lead) === 32) lead += 1
    if (text.charCodeAt(lead) === 34) at = lead
    if (text.charCodeAt(at) === 34) {
      let cell = ''
      let from = at + 1
      for (;;) {
        const quote = text.indexOf('"', from)
        if (quote === -1) return null
        cell += text.slice(from, quote)
        if (text.charCodeAt(quote + 1) !== 34) {
          at = quote + 1
          break
        }
        cell += '"'
        from = quote + 2
      }
      // Text between a closing quote and the next comma is kept, as spreadsheets keep it.
      const comma = text.indexOf(',', at)
      cells.push(cell + text.slice(at, comma === -1 ? text.length : comma))
      if (comma === -1) return cells
      at = comma + 1
    } else {
      const comma = text.indexOf(',', at)
      if (comma === -1) return [...cells, text.slice(at)]
      cells.push(text.slice(at, comma))
      at = comma + 1
    }
  }
}

/**
 * The column names of a CSV export's header line (Kibana's Discover "Generate CSV"), or null:
 * every cell a field name and one of them a field that holds the log line (`message`,
 * `event.original`, …).
 */
export function csvHeader(line: string): string[] | null {
  const text = line.replace(/^\uFEFF/, '').replace(/\r$/, '')
  const cells = splitCsv(text)
  if (cells === null || cells.length < 2) return null
  const names = cells.map(unformula)
  if (!names.every((name) => NAME.test(name))) return null
  return names.some((name) => LINE_COLUMNS.has(name)) ? names : null
}

/** The record one CSV row holds, `undefined` when the row does not fit the header's columns. */
export function csvRecord(
  columns: readonly string[],
  row: string,
): PlatformRecord | null | undefined {
  const cells = splitCsv(row.endsWith('\r') ? row.slice(0, -1) : row)
  if (cells === null || cells.length !== columns.length) return undefined
  const fields: Record<string, string> = {}
  columns.forEach((name, i) => {
    const value = unformula(cells[i] ?? '')
    // Kibana writes an empty cell for a field the document lacks, "-" for an empty value.
    if (value !== '' && value !== '-') fields[name] = value
  })
  const record = recordOf(fields)
  if (record === null) return null
  // Exported from Kibana: the fleet's queries are Kibana's, whichever fields were chosen.
  return record.platform === 'json' ? { ...record, platform: 'elasticsearch' } : record
}

/** Quotes in a line: an odd count leaves a quoted cell open past it. */
export function quotesIn(line: string): number {
  let n = 0
  for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1)) n += 1
  return n
}
