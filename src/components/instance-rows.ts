import type { CauseId } from '../core/causes.ts'
import type { Finding } from '../core/log/finding.ts'

/**
 * Per instance, its lines per cause (which host or pod shows which cause), the instance with
 * most lines first. Each finding names at most INSTANCE_LIMIT instances; the rest are counted.
 */
export function instanceRows(
  findings: readonly Finding[],
): { name: string; lines: Map<CauseId, number> }[] {
  const byName = new Map<string, Map<CauseId, number>>()
  for (const finding of findings) {
    for (const { name, lines } of finding.instances ?? []) {
      const row = byName.get(name) ?? new Map<CauseId, number>()
      row.set(finding.cause, lines)
      byName.set(name, row)
    }
  }
  const total = (m: Map<CauseId, number>): number => [...m.values()].reduce((a, b) => a + b, 0)
  return [...byName]
    .map(([name, lines]) => ({ name, lines }))
    .sort((a, b) => total(b.lines) - total(a.lines) || a.name.localeCompare(b.name))
}
