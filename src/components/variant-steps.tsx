import { useId, useState } from 'react'
import type { SlotValues } from '../core/fix/fill-template.ts'
import { stepKey, type ShownStep } from './guide-shown.ts'
import { StepBlock } from './step-block.tsx'

export interface VariantStepsProps {
  steps: readonly ShownStep[]
  values: SlotValues
}

/** The setups the steps are written for, in the order they first appear. */
function variantsOf(steps: readonly ShownStep[]): string[] {
  return [...new Set(steps.flatMap((s) => (s.forSetup === null ? [] : [s.forSetup])))]
}

/**
 * A fix's steps with one setup's variant shown at a time: while the setup is not known, the
 * systemd, Docker and Kubernetes ways of the same step sit behind buttons, not one under
 * another. Steps for every setup stay in their place.
 */
export function VariantSteps({ steps, values }: VariantStepsProps) {
  const variants = variantsOf(steps)
  const [picked, setPicked] = useState<string | null>(null)
  const labelId = useId()
  const current = picked !== null && variants.includes(picked) ? picked : (variants[0] ?? null)
  const shown =
    variants.length < 2 ? steps : steps.filter((s) => s.forSetup === null || s.forSetup === current)
  return (
    <>
      {variants.length >= 2 && (
        <div className="variant-picker" role="group" aria-labelledby={labelId}>
          <span id={labelId} className="variant-label">
            Steps for
          </span>
          {variants.map((variant) => (
            <button
              key={variant}
              type="button"
              className="choice-button"
              aria-pressed={variant === current}
              onClick={() => setPicked(variant)}
            >
              {variant}
            </button>
          ))}
        </div>
      )}
      <ol className="steps">
        {shown.map(({ step, forSetup }) => (
          <li key={stepKey(step)}>
            <StepBlock
              step={step}
              values={values}
              forSetup={variants.length < 2 ? forSetup : null}
            />
          </li>
        ))}
      </ol>
    </>
  )
}
