import type { CauseId } from '../causes.ts'
import { fillTemplate, slotValuesFromFacts } from '../fix/fill-template.ts'
import { createAnalyzer, type AnalyzedLine } from './analyze.ts'
import type { Finding } from './finding.ts'
import { createFindingsCollector } from './findings.ts'
import type { Depth } from './read/context.ts'
import { createReader } from './reader.ts'

/** A finding with the first thing to check, filled with the log's values. */
export interface DiagnosedFinding {
  finding: Finding
  check: string
}

/** Options of {@link createLogRun}. */
export interface LogRunOptions {
  /** The first check of each cause, a template with `{slots}` (content's cause summaries). */
  checks: Readonly<Record<CauseId, string>>
  /** Facts per line: `finding` (the default) for a diagnosis, `all` to print every line's. */
  depth?: Depth
  /** Number of the first line (a worker reading the middle of a file sets it). */
  firstLine?: number
  /** Collect findings (default: true); `--json` only prints lines. */
  collect?: boolean
}

/** One reading of one log: lines in, results out, then the ranked, checked findings. */
export interface LogRun {
  /** Adds the next line (without its `\n`); returns the results now final, in order. */
  push(line: string): readonly AnalyzedLine[]
  /** Ends the input; returns the results still held back. */
  end(): readonly AnalyzedLine[]
  /** Lines pushed so far. */
  readonly lines: number
  /** The findings so far, root cause first, each with its first check filled in. */
  findings(): DiagnosedFinding[]
  /** The findings as gathered, unranked: for merging the parts of a log read in parallel. */
  gathered(): Finding[]
}

/**
 * The one engine run behind the page and the command line: the reader and its memo, the
 * analyzer (joins wrapped entries), the findings, their ranking and the first check, so the
 * two can never disagree. Each finding's sample line is read again with every fact, so its
 * check and fixes are filled with the request's path and client too.
 */
export function createLogRun(options: LogRunOptions): LogRun {
  const analyzer = createAnalyzer({
    read: createReader({ depth: options.depth ?? 'finding' }),
    ...(options.firstLine === undefined ? {} : { firstLine: options.firstLine }),
  })
  const collect = options.collect !== false
  const full = createReader({ depth: 'all' })
  const collector = createFindingsCollector({ readSample: (text) => full(text).facts })
  let lines = 0
  const take = (results: readonly AnalyzedLine[]): readonly AnalyzedLine[] => {
    if (collect) for (const result of results) collector.add(result, result.text)
    return results
  }
  return {
    push(line) {
      lines += 1
      return take(analyzer.push(line))
    },
    end: () => take(analyzer.end()),
    get lines() {
      return lines
    },
    findings: () => diagnoseFindings(collector.findings(), options.checks),
    gathered: () => collector.gathered(),
  }
}

/** Fills each finding's first check from its sample's facts (see {@link createLogRun}). */
export function diagnoseFindings(
  findings: readonly Finding[],
  checks: Readonly<Record<CauseId, string>>,
): DiagnosedFinding[] {
  return findings.map((finding) => ({
    finding,
    check: fillTemplate(checks[finding.cause], slotValuesFromFacts(finding.sample)),
  }))
}
