import type { SlotValues } from '../core/fix/fill-template.ts'
import { FixOptionView } from './fix-option.tsx'
import type { ShownOption } from './guide-shown.ts'

/** Fixes listed before "More fixes": the first, open, and the next two likeliest. */
const SHOWN = 3

export interface FixListProps {
  /** In the order to try them; those for another setup last. */
  fixes: readonly ShownOption[]
  values: SlotValues
}

/**
 * The fixes in order, the first open. Those written for a setup the answers rule out stay
 * reachable under "For other setups", since an answer read from the log may be wrong.
 */
export function FixList({ fixes, values }: FixListProps) {
  const fitting = fixes.filter((f) => f.fit !== 'other-setup')
  const others = fixes.filter((f) => f.fit === 'other-setup')
  const view = (shown: ShownOption, i: number, offset = 0) => (
    <FixOptionView key={shown.option.title} shown={shown} values={values} rank={offset + i + 1} />
  )
  const more = fitting.slice(SHOWN)
  return (
    <div className="fix-options">
      {fitting.slice(0, SHOWN).map((shown, i) => view(shown, i))}
      {more.length > 0 && (
        <details className="more-fixes">
          <summary>More fixes ({more.length}): rarer causes of the same line</summary>
          {more.map((shown, i) => view(shown, i, SHOWN))}
        </details>
      )}
      {others.length > 0 && (
        <details className="other-setups">
          <summary>
            For other setups ({others.length}): in case an answer above is not yours
          </summary>
          {others.map((shown, i) => view(shown, i, fitting.length))}
        </details>
      )}
    </div>
  )
}
