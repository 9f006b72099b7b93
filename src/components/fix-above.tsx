import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { CauseId } from '../core/causes.ts'

export interface FixAboveProps {
  cause: CauseId
  /** Opens that finding's fix and takes the person there. */
  onGo: () => void
}

/**
 * Where the walk ends on a cause the log already showed: the fix is under that finding in
 * the diagnosis, so it is pointed to rather than shown a second time on the same page.
 */
export function FixAbove({ cause, onGo }: FixAboveProps) {
  return (
    <p className="note fix-above">
      Your log shows this cause too: its fix is under “{CAUSE_SUMMARIES[cause].title}” in the
      diagnosis above.{' '}
      <button type="button" onClick={onGo}>
        Go to the fix
      </button>
    </p>
  )
}
