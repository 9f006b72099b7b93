import type { CauseId } from '../causes.ts'
import { slotValuesFromFacts } from '../fix/fill-template.ts'
import { pickCheck } from '../fix/first-check.ts'
import { inferSetup, setupInEffect } from '../fix/infer-setup.ts'
import type { CommandStep, SetupAnswers } from '../fix/types.ts'
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
  /** The first checks of each cause, most telling first (content's first-checks). */
  checks: Readonly<Record<CauseId, readonly CommandStep[]>>
  /** The setup as the person answered it; the rest is read from the log (inferSetup). */
  setup?: SetupAnswers
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
    findings: () => diagnoseFindings(collector.findings(), options.checks, options.setup),
    gathered: () => collector.gathered(),
  }
}

/**
 * Picks and fills each finding's first check for the setup: the person's answers over what
 * the log gives away (see {@link createLogRun}).
 */
export function diagnoseFindings(
  findings: readonly Finding[],
  checks: Readonly<Record<CauseId, readonly CommandStep[]>>,
  given: SetupAnswers = {},
): DiagnosedFinding[] {
  return checkFindings(findings, checks, setupInEffect(inferSetup(findings), given))
}

/** Picks and fills each finding's first check for a setup already worked out. */
export function checkFindings(
  findings: readonly Finding[],
  checks: Readonly<Record<CauseId, readonly CommandStep[]>>,
  setup: SetupAnswers,
): DiagnosedFinding[] {
  return findings.map((finding) => ({
    finding,
    check: pickCheck(checks[finding.cause], setup, slotValuesFromFacts(finding.sample)),
  }))
}
