import type { SlotValues } from '../core/fix/fill-template.ts'
import { FilledProse } from './filled-text.tsx'
import type { ShownOption } from './guide-shown.ts'
import { VariantSteps } from './variant-steps.tsx'

export interface FixOptionViewProps {
  shown: ShownOption
  values: SlotValues
  /** The option's place in the list, from 1. */
  rank: number
}

/** One way to fix the cause: why it works, its price, and its steps (open for the first). */
export function FixOptionView({ shown, values, rank }: FixOptionViewProps) {
  const { option, steps, forSetup } = shown
  return (
    <details className="fix-option" open={rank === 1} data-fix={option.id}>
      <summary>
        <span className="fix-rank">{rank}</span>
        <span className="fix-title">{option.title}</span>
        {forSetup !== null && <span className="step-for">For {forSetup}</span>}
      </summary>
      <p>
        <FilledProse text={option.why} values={values} />
      </p>
      <p className="tradeoff">
        <strong>Trade-off:</strong> <FilledProse text={option.tradeoff} values={values} />
      </p>
      <VariantSteps steps={steps} values={values} />
    </details>
  )
}
