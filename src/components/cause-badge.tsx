import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { CauseId } from '../core/causes.ts'

/** The cause id in its tone's colours; the same look in findings and in the line list. */
export function CauseBadge({ cause }: { cause: CauseId }) {
  const { tone, title } = CAUSE_SUMMARIES[cause]
  return (
    <span className={`badge tone-${tone}`} title={title}>
      {cause}
    </span>
  )
}
