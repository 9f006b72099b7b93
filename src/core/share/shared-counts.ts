import type { Finding } from '../log/finding.ts'
import { rankFindings } from '../log/rank.ts'
import type { SharedDiagnosis } from '../permalink/restore.ts'

// Apart from payload.ts: the start page needs this to show a link, not the building and
// redacting of one, which load with the share panel.
/**
 * The findings a shared link shows: those read from its lines, with the sender's totals
 * where the link carries them (the lines are only a sample), in the same ranked order.
 */
export function withSharedCounts(findings: readonly Finding[], share: SharedDiagnosis): Finding[] {
  const counts = new Map(share.counts?.map((c) => [c.cause, c]))
  return rankFindings(
    findings.map((finding) => {
      const count = counts.get(finding.cause)
      if (count === undefined) return finding
      return {
        ...finding,
        lines: count.lines,
        first: count.first ?? finding.first,
        last: count.last ?? finding.last,
      }
    }),
  )
}
