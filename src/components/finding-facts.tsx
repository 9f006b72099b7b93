import type { Finding } from '../core/log/finding.ts'
import { formatStatus, formatTimeRange, plural, whereText } from './format.ts'

const MAX_LISTED = 5

function Upstreams({
  upstreams,
  otherUpstreamLines,
}: Pick<Finding, 'upstreams' | 'otherUpstreamLines'>) {
  const shown = upstreams.slice(0, MAX_LISTED)
  const more = upstreams.length - shown.length
  return (
    <ul className="upstreams">
      {shown.map((u) => (
        <li key={u.address}>
          <code>{u.address}</code> <span className="muted">({plural(u.lines, 'line')})</span>
        </li>
      ))}
      {more > 0 && <li className="muted">and {plural(more, 'other upstream')}</li>}
      {otherUpstreamLines > 0 && (
        <li className="muted">
          and {plural(otherUpstreamLines, 'line')} to upstreams not counted one by one
        </li>
      )}
    </ul>
  )
}

/** What the clients got, when, where, and which upstreams and sites were involved. */
export function FindingFacts({ finding, fleet = 0 }: { finding: Finding; fleet?: number }) {
  const where = whereText(finding.instances, fleet)
  const when = formatTimeRange(finding.first, finding.last)
  const servers = finding.servers.filter((s) => s !== '_').slice(0, MAX_LISTED)
  return (
    <dl className="facts">
      {finding.statuses.length > 0 && (
        <div>
          <dt>Clients got</dt>
          <dd>{finding.statuses.map(formatStatus).join(', ')}</dd>
        </div>
      )}
      {when !== null && (
        <div>
          <dt>When</dt>
          <dd>{when}</dd>
        </div>
      )}
      {where !== null && (
        <div>
          <dt>Where</dt>
          <dd>{where}</dd>
        </div>
      )}
      {finding.upstreams.length > 0 && (
        <div>
          <dt>{finding.upstreams.length === 1 ? 'Upstream' : 'Upstreams'}</dt>
          <dd>
            <Upstreams
              upstreams={finding.upstreams}
              otherUpstreamLines={finding.otherUpstreamLines}
            />
          </dd>
        </div>
      )}
      {finding.processes.length > 0 && (
        <div>
          <dt>{finding.processes.length === 1 ? 'Process' : 'Processes'}</dt>
          <dd>{finding.processes.slice(0, MAX_LISTED).join(', ')}</dd>
        </div>
      )}
      {servers.length > 0 && (
        <div>
          <dt>{servers.length === 1 ? 'Site' : 'Sites'}</dt>
          <dd>{servers.join(', ')}</dd>
        </div>
      )}
    </dl>
  )
}
