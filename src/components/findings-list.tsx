import { useId, type ReactNode } from 'react'
import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { CauseId } from '../core/causes.ts'
import type { Finding } from '../core/log/finding.ts'
import { FindingCard } from './finding-card.tsx'

interface Item {
  finding: Finding
  check: string
}

export interface FindingsListProps {
  /** Ranked: the first one is where to start. */
  items: readonly Item[]
  /** The finding whose guide is shown, if any. */
  open?: CauseId | null | undefined
  /** Why the first ranks first (shown under "Start here"). */
  reason?: string | null | undefined
  onToggle?: ((cause: CauseId) => void) | undefined
  /** The guide shown under the open finding. */
  renderGuide?: ((item: Item) => ReactNode) | undefined
}

/** The ranked findings, the first marked "Start here"; the open one shows its guide below. */
export function FindingsList({ items, open, reason, onToggle, renderGuide }: FindingsListProps) {
  const prefix = useId()
  // The log's whole fleet: a finding on one of twelve pods reads differently from all twelve.
  const fleet = new Set(items.flatMap((i) => (i.finding.instances ?? []).map((x) => x.name))).size
  return (
    <ol className="findings">
      {items.map((item, i) => {
        const { cause } = item.finding
        const isOpen = cause === open && renderGuide !== undefined
        const guideId = `${prefix}-${cause}`
        return (
          <li key={cause} className={`finding-item tone-${CAUSE_SUMMARIES[cause].tone}`}>
            <FindingCard
              finding={item.finding}
              fleet={fleet}
              check={item.check}
              startHere={i === 0}
              reason={reason}
              open={isOpen}
              guideId={guideId}
              onToggle={() => onToggle?.(cause)}
            />
            {isOpen && (
              <div
                id={guideId}
                className="finding-guide"
                role="region"
                aria-label={`How to fix: ${CAUSE_SUMMARIES[cause].title}`}
              >
                {renderGuide(item)}
              </div>
            )}
          </li>
        )
      })}
    </ol>
  )
}
