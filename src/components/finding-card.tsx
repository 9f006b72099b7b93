import { useId, type MouseEvent } from 'react'
import { CAUSE_SUMMARIES } from '../content/causes.ts'
import { findingNotes } from '../content/ranking.ts'
import type { Finding } from '../core/log/finding.ts'
import { CauseBadge } from './cause-badge.tsx'
import { CopyButton } from './copy-button.tsx'
import { FindingFacts } from './finding-facts.tsx'
import { plural } from './format.ts'
import { InlineCode } from './inline-code.tsx'

export interface FindingCardProps {
  finding: Finding
  /** How many hosts, pods or containers the whole log names (0 when its lines carry none). */
  fleet?: number
  /** The first check, filled from the log. */
  check: string
  /** The first finding to act on. */
  startHere: boolean
  /** Why it is the first, when there are several. */
  reason?: string | null | undefined
  /** Whether its guide is shown (the element `guideId`). */
  open: boolean
  guideId: string
  onToggle: () => void
}

// A click on the card's text opens it too; controls and selected text keep their own meaning.
function isPlainClick(event: MouseEvent<HTMLElement>): boolean {
  const target = event.target as HTMLElement
  if (target.closest('button, a, input, select, textarea, summary, pre') !== null) return false
  return (window.getSelection()?.toString() ?? '') === ''
}

/** One cause with its evidence and the first thing to check; opens into its guide. */
export function FindingCard(props: FindingCardProps) {
  const { finding, check, startHere, reason, open, guideId, onToggle } = props
  const headingId = useId()
  const { title, plain, tone } = CAUSE_SUMMARIES[finding.cause]
  return (
    <article
      className={`finding tone-${tone}${startHere ? ' start-here' : ''}${open ? ' open' : ''}`}
      data-cause={finding.cause}
      aria-labelledby={headingId}
      onClick={open ? undefined : (e) => isPlainClick(e) && onToggle()}
    >
      {startHere && <p className="start-here-label">Start here</p>}
      {startHere && reason != null && (
        <p className="start-here-why">
          <InlineCode text={reason} />
        </p>
      )}
      <div className="finding-head">
        <CauseBadge cause={finding.cause} />
        <span className="finding-count">{plural(finding.lines, 'line')}</span>
      </div>
      <h3 id={headingId}>
        <button
          type="button"
          className="finding-toggle"
          aria-expanded={open}
          aria-controls={open ? guideId : undefined}
          onClick={onToggle}
        >
          <span>{title}</span>
          <span className="finding-toggle-hint" aria-hidden="true">
            {open ? 'Hide fix' : 'Show fix'}
          </span>
        </button>
      </h3>
      <p className="finding-plain">
        <InlineCode text={plain} />
      </p>
      <FindingFacts finding={finding} fleet={props.fleet ?? 0} />
      {findingNotes(finding, startHere).map((note) => (
        <p className="finding-note" key={note}>
          <InlineCode text={note} />
        </p>
      ))}
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
