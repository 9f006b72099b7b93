import { createAnalyzer, type AnalyzedLine } from '../core/log/analyze.ts'
import { createFindingsCollector, type FindingsCollector } from '../core/log/findings.ts'
import { createPlainContextReader } from '../core/log/plain-context.ts'
import { createQuickClassifier } from '../core/log/quick-classify.ts'
import { toJsonLine } from './json-record.ts'

/** What one pass over a stream of lines produced. */
export interface Processed {
  collector: FindingsCollector
  total: number
}

/**
 * Analyzes batches of lines, collects findings and, when `json` is given, hands it one JSON
 * Lines record per input line. Shared by the main thread and the range worker.
 */
export async function processLines(
  batches: AsyncIterable<string[]>,
  firstLine: number,
  json: ((record: string) => void) | null,
  afterBatch: () => Promise<void> = async () => {},
): Promise<Processed> {
  // The remembering reader: summaries read only a finding's facts, JSON reads them all.
  const classify = createQuickClassifier(
    json === null ? {} : { allFacts: true, plainContext: createPlainContextReader() },
  )
  const analyzer = createAnalyzer({ firstLine, classify })
  const collector = createFindingsCollector()
  let total = 0
  const take = (results: readonly AnalyzedLine[]): void => {
    for (const result of results) {
      total += 1
      // JSON Lines are the whole output: findings would only be thrown away.
      if (json === null) collector.add(result, result.text)
      else json(toJsonLine(result))
    }
  }
  for await (const batch of batches) {
    for (const line of batch) take(analyzer.push(line))
    await afterBatch()
  }
  take(analyzer.end())
  return { collector, total }
}
