import type { Finding } from '../log/finding.ts'
import { rankFindings } from '../log/rank.ts'
import type { SharedDiagnosis } from '../permalink/restore.ts'

// Apart from payload.ts: the start page needs this to show a link, not the building and
// redacting of one, which load with the share panel.
/**
 * The findings a shared link shows: those read from its lines, with the sender's figures
 * where the link carries them (the lines are only a sample): line counts, time span,
 * statuses, upstreams with their counts, servers; in the same ranked order.
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
        statuses: count.statuses ?? finding.statuses,
        upstreams: count.upstreams ?? finding.upstreams,
        otherUpstreamLines: count.otherUpstreamLines ?? finding.otherUpstreamLines,
        servers: count.servers ?? finding.servers,
        stream: count.stream ?? finding.stream,
        ...(count.instances === undefined ? {} : { instances: count.instances }),
      }
    }),
  )
}
