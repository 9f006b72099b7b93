import type { Finding } from '../core/log/findings.ts'
import { FindingCard } from './finding-card.tsx'

export interface FindingsListProps {
  /** Ranked: the first one is where to start. */
  items: readonly { finding: Finding; check: string }[]
}

/** The ranked findings, the first marked "Start here". */
export function FindingsList({ items }: FindingsListProps) {
  return (
    <ol className="findings">
      {items.map(({ finding, check }, i) => (
        <li key={finding.cause}>
          <FindingCard finding={finding} check={check} startHere={i === 0} />
        </li>
      ))}
    </ol>
  )
}
