import { CAUSE_SUMMARIES } from '../content/causes.ts'
import { fleetQueriesFor } from '../content/fleet-queries.ts'
import type { Finding } from '../core/log/finding.ts'

/**
 * For a terminal, each finding's queries that find it on every host, one log platform after
 * another (the one the lines came from first), with what to fill in before pasting.
 */
export function formatQueries(findings: readonly Finding[]): string {
  const out: string[] = []
  for (const finding of findings) {
    const queries = fleetQueriesFor(finding)
    if (queries.length === 0) continue
    out.push(`Find ${finding.cause} on every host (${CAUSE_SUMMARIES[finding.cause].title}):`)
    for (const query of queries) {
      out.push(`  ${query.name}:`, `    ${indent(query.query)}`)
      if (query.count !== undefined) out.push(`    count: ${indent(query.count)}`)
      if (query.note !== undefined) out.push(`    (${query.note})`)
    }
    out.push('')
  }
  return out.length === 0 ? '' : `\n${out.join('\n')}`
}

/** A query over several lines (Logs Insights' pipes) stays under its heading. */
const indent = (query: string): string => query.replaceAll('\n', '\n    ')
