import { CAUSE_SUMMARIES } from '../content/causes.ts'
import { startHereReason } from '../content/ranking.ts'
import { plural, statusLabel } from '../content/words.ts'
import type { RankedFix } from '../core/fix/order.ts'
import type { FixOption } from '../core/fix/types.ts'
import type { Finding } from '../core/log/finding.ts'
import type { DiagnosedFinding } from '../core/log/run.ts'
import { encodePermalink } from '../core/permalink/codec.ts'
import { buildShare } from '../core/share/payload.ts'

/** Where the web app lives; a self-hosted copy can point the permalink at itself. */
const APP_URL = process.env.NGINX_502_DOCTOR_URL ?? 'http://127.0.0.1:4173/'

/** A finding with its first check and its fixes in the order to try them. */
export interface AdvisedFinding extends DiagnosedFinding {
  fixes: readonly RankedFix<FixOption>[]
}

/** Renders the findings for a terminal: what to act on first, then the rest. */
export function formatSummary(diagnosed: readonly AdvisedFinding[], totalLines: number): string {
  const findings = diagnosed.map((d) => d.finding)
  if (findings.length === 0) {
    return [
      `Read ${plural(totalLines, 'line')}: none is evidence of a 502/504.`,
      'Feed it the nginx error log (often /var/log/nginx/error.log; `nginx -T | grep error_log` shows where it is).',
      '',
    ].join('\n')
  }
  const evidence = findings.reduce((sum, finding) => sum + finding.lines, 0)
  const out = [
    `Read ${plural(totalLines, 'line')}: ${plural(evidence, 'line')} point${evidence === 1 ? 's' : ''} to ${plural(findings.length, 'cause')}.`,
    '',
  ]
  findings.forEach((finding, index) => out.push(...formatFinding(finding, index), ''))
  // The same sentence the page shows under "Start here": what the first finding explains.
  const why = startHereReason(findings)
  if (why !== null) out.push(`Why first:    ${why}`)
  out.push(`Check first:  ${diagnosed[0]?.check ?? ''}`)
  const fix = diagnosed[0]?.fixes[0]?.offered
  if (fix !== undefined) out.push(`Fix first:    ${fix.title} (${fix.id})`)
  // The same link the page's share panel makes: a few lines per finding with the totals,
  // redacted, since a link printed here is most likely pasted into a ticket or a chat.
  const link = encodePermalink(buildShare({ text: '', findings }))
  out.push(`Open in the web app (clients, hosts and secrets redacted):  ${APP_URL}#${link}`, '')
  return out.join('\n')
}

function formatFinding(finding: Finding, index: number): string[] {
  const summary = CAUSE_SUMMARIES[finding.cause]
  const statuses =
    finding.statuses.length > 0
      ? `, clients got ${finding.statuses.map(statusLabel).join('/')}`
      : ''
  const lines = [
    `${index + 1}. ${finding.cause}: ${summary.title}`,
    `   ${plural(finding.lines, 'line')}${statuses}`,
  ]
  if (finding.first !== null)
    lines.push(`   from ${finding.first} to ${finding.last ?? finding.first}`)
  if (finding.upstreams.length > 0) {
    lines.push(
      `   upstreams: ${finding.upstreams
        .slice(0, 5)
        .map((u) => `${u.address} (${u.lines})`)
        .join(', ')}`,
    )
  }
  if (finding.servers.length > 0)
    lines.push(`   servers: ${finding.servers.slice(0, 5).join(', ')}`)
  return lines
}
