import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { Finding } from '../core/log/finding.ts'
import { instanceRows } from './instance-rows.ts'

/**
 * Which instance shows which cause, as a table: one row per host, pod, container or stream the
 * wrappers named, one column per finding. Shown only for a log of two instances or more.
 */
export function InstanceTable({ findings }: { findings: readonly Finding[] }) {
  const rows = instanceRows(findings)
  if (rows.length < 2) return null
  const causes = findings.filter((f) => (f.instances ?? []).length > 0).map((f) => f.cause)
  return (
    <details className="instance-table">
      <summary>By instance: {rows.length} hosts, pods or streams</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Instance</th>
              {causes.map((cause) => (
                <th key={cause} scope="col">
                  {CAUSE_SUMMARIES[cause].title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">
                  <code>{row.name}</code>
                </th>
                {causes.map((cause) => (
                  <td key={cause} data-cause-lines={cause}>
                    {row.lines.get(cause) ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
