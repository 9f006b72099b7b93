import { useId } from 'react'
import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { Finding } from '../core/log/findings.ts'
import { CauseBadge } from './cause-badge.tsx'
import { CopyButton } from './copy-button.tsx'
import { FindingFacts } from './finding-facts.tsx'
import { plural } from './format.ts'
import { InlineCode } from './inline-code.tsx'

export interface FindingCardProps {
  finding: Finding
  /** The first check, filled from the log. */
  check: string
  /** The first finding to act on. */
  startHere: boolean
}

/** One cause with its evidence and the first thing to check. */
export function FindingCard({ finding, check, startHere }: FindingCardProps) {
  const headingId = useId()
  const { title, plain, tone } = CAUSE_SUMMARIES[finding.cause]
  return (
    <article
      className={`finding tone-${tone}${startHere ? ' start-here' : ''}`}
      data-cause={finding.cause}
      aria-labelledby={headingId}
    >
      {startHere && <p className="start-here-label">Start here</p>}
      <div className="finding-head">
        <CauseBadge cause={finding.cause} />
        <span className="finding-count">{plural(finding.lines, 'line')}</span>
      </div>
      <h3 id={headingId}>{title}</h3>
      <p className="finding-plain">
        <InlineCode text={plain} />
      </p>
      <FindingFacts finding={finding} />
      <div className="check">
        <p className="check-label">First check</p>
        <pre>
          <code>{check}</code>
        </pre>
        <CopyButton text={check} />
      </div>
    </article>
  )
}
