import { createDiagnosisRun } from '../content/engine.ts'
import type { CauseId } from '../core/causes.ts'
import type { AnalyzedLine } from '../core/log/analyze.ts'
import { FIRST_CHECKS } from '../content/first-checks/index.ts'
import type { SetupAnswers } from '../core/fix/types.ts'
import { checkFindings, type DiagnosedFinding } from '../core/log/run.ts'

/** How many lines the page lists at most; beyond it, only evidence lines are listed. */
export const ROW_LIMIT = 500
/** How much of one line the page shows (a binary paste can be one 50 MB line). */
export const LINE_TEXT_LIMIT = 2000

/** One listed input line with the cause it is evidence of. */
export interface LineRow {
  line: number
  cause: CauseId | null
  text: string
  /** Set when the line is the wrapped tail of an earlier entry. */
  continues?: number
}

export type { DiagnosedFinding }

/** Everything the start page shows about one pasted text. */
export interface Diagnosis {
  lineCount: number
  findings: DiagnosedFinding[]
  rows: LineRow[]
  /** True when there were too many lines to list, so only evidence lines are listed. */
  evidenceOnly: boolean
  /** Lines not listed: evidence lines past the cap when `evidenceOnly`, else 0. */
  rowsOmitted: number
}

// NUL and other control bytes from a binary paste would render as nothing or garble layout;
// tabs are kept because logs use them.
const CONTROL = /[^\P{Cc}\t]/gu

/** Makes one raw line safe and small enough to show. */
export function displayText(raw: string): string {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  const cut = line.length > LINE_TEXT_LIMIT ? `${line.slice(0, LINE_TEXT_LIMIT)} …` : line
  return cut.replace(CONTROL, '\uFFFD')
}

/** The listed row of one analyzed line, `raw` being the line as it was read. */
export function toRow(result: AnalyzedLine, raw: string): LineRow {
  // A record of a platform's export is shown as its log line, not as the JSON it came in.
  const shown = result.facts.extra?.['platform'] === undefined ? raw : result.text
  const row: LineRow = { line: result.line, cause: result.cause, text: displayText(shown) }
  if (result.continues !== undefined) row.continues = result.continues
  return row
}

/** Reads a pasted text: ranked findings with filled checks, and the lines to list. */
export function diagnose(text: string): Diagnosis {
  const lines = text === '' ? [] : text.split('\n')
  // A final newline ends the last line; it does not start an empty one.
  if (lines.at(-1) === '') lines.pop()
  const listAll = lines.length <= ROW_LIMIT
  // The engine run the command line uses too, reading the facts a finding needs (npm run
  // bench times exactly this).
  const run = createDiagnosisRun()
  const rows: LineRow[] = []
  let evidence = 0
  const take = (results: readonly AnalyzedLine[]): void => {
    for (const result of results) {
      if (result.cause !== null) evidence += 1
      if ((listAll || result.cause !== null) && rows.length < ROW_LIMIT) {
        rows.push(toRow(result, lines[result.line - 1] ?? ''))
      }
    }
  }
  for (const line of lines) take(run.push(line))
  take(run.end())
  return {
    lineCount: lines.length,
    findings: run.findings(),
    rows,
    evidenceOnly: !listAll,
    rowsOmitted: listAll ? 0 : evidence - rows.length,
  }
}

/** The findings' first checks again, for the setup the person has answered since. */
export function recheck(
  findings: readonly DiagnosedFinding[],
  setup: SetupAnswers,
): DiagnosedFinding[] {
  return checkFindings(
    findings.map((item) => item.finding),
    FIRST_CHECKS,
    setup,
  )
}
