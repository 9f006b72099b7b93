import { createDiagnosisRun } from '../content/engine.ts'
import type { AnalyzedLine } from '../core/log/analyze.ts'
import type { Finding } from '../core/log/finding.ts'
import { toJsonLine } from './json-record.ts'

/** What one pass over a stream of lines produced. */
export interface Processed {
  /** The findings as gathered, unranked (empty with JSON Lines, which are the whole output). */
  findings: Finding[]
  total: number
}

/**
 * Reads batches of lines through the engine run and, when `json` is given, hands it one JSON
 * Lines record per input line. Shared by the main thread and the range worker.
 */
export async function processLines(
  batches: AsyncIterable<string[]>,
  firstLine: number,
  json: ((record: string) => void) | null,
  afterBatch: () => Promise<void> = async () => {},
): Promise<Processed> {
  // JSON Lines print every fact and are the whole output: findings would only be thrown away.
  const run = createDiagnosisRun({
    depth: json === null ? 'finding' : 'all',
    collect: json === null,
    firstLine,
  })
  // A JSON export written on one line holds several records: cli.md promises one object per
  // input line, so the line's first record stands for it (the findings count them all).
  let printed = firstLine - 1
  const print =
    json === null
      ? null
      : (results: readonly AnalyzedLine[]) => {
          for (const result of results) {
            if (result.line === printed) continue
            printed = result.line
            json(toJsonLine(result))
          }
        }
  for await (const batch of batches) {
    if (print === null) for (const line of batch) run.push(line)
    else for (const line of batch) print(run.push(line))
    await afterBatch()
  }
  const rest = run.end()
  print?.(rest)
  return { findings: run.gathered(), total: run.lines }
}
