import type { SlotValues } from '../core/fix/fill-template.ts'
import { FixOptionView } from './fix-option.tsx'
import type { ShownOption } from './guide-shown.ts'

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
  return (
    <div className="fix-options">
      {fitting.map((shown, i) => (
        <FixOptionView key={shown.option.title} shown={shown} values={values} rank={i + 1} />
      ))}
      {others.length > 0 && (
        <details className="other-setups">
          <summary>
            For other setups ({others.length}): in case an answer above is not yours
          </summary>
          {others.map((shown, i) => (
            <FixOptionView
              key={shown.option.title}
              shown={shown}
              values={values}
              rank={fitting.length + i + 1}
            />
          ))}
        </details>
      )}
    </div>
  )
}
