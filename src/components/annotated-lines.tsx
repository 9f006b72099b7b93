import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { CauseId } from '../core/causes.ts'
import { CauseBadge } from './cause-badge.tsx'

/** One listed input line. */
export interface AnnotatedLine {
  line: number
  cause: CauseId | null
  text: string
  continues?: number
}

function LineMark({ row }: { row: AnnotatedLine }) {
  if (row.cause !== null) return <CauseBadge cause={row.cause} />
  if (row.continues !== undefined) return <span className="muted">↳ part of {row.continues}</span>
  return null
}

/** The pasted lines, numbered, each with the cause it is evidence of. */
export function AnnotatedLines({ rows }: { rows: readonly AnnotatedLine[] }) {
  return (
    <ol className="lines">
      {rows.map((row, i) => {
        const tone = row.cause === null ? 'none' : CAUSE_SUMMARIES[row.cause].tone
        return (
          // A line of a JSON export can hold several records, each a row of the same number.
          <li key={`${row.line}:${i}`} className={`line tone-${tone}`}>
            <span className="line-no">{row.line}</span>
            <span className="line-mark">
              <LineMark row={row} />
            </span>
            <code className="line-text">{row.text}</code>
          </li>
        )
      })}
    </ol>
  )
}
