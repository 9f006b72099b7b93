import type { SlotValues } from '../core/fix/fill-template.ts'
import { fillTemplate } from '../core/fix/fill-template.ts'
import type { SnippetStep, Step } from '../core/fix/types.ts'
import { CopyButton } from './copy-button.tsx'
import { FilledCode, FilledProse } from './filled-text.tsx'

/** Where a snippet goes, as prose with `code`: "In the `location` block of `{configPath}`". */
export function snippetPlace({ context, file }: SnippetStep): string {
  if (context === 'file') return file === undefined ? 'In the file' : `In \`${file}\``
  const block = `the \`${context}\` block`
  return file === undefined ? `In ${block}` : `In ${block} of \`${file}\``
}

export interface StepBlockProps {
  step: Step
  values: SlotValues
  /** The setup the step is meant for, when the person has not said theirs. */
  forSetup?: string | null | undefined
}

/** One command or snippet, filled, with where it goes, a Copy button and what to expect. */
export function StepBlock({ step, values, forSetup }: StepBlockProps) {
  const text = fillTemplate(step.text, values)
  const place = step.kind === 'command' ? 'Run' : snippetPlace(step)
  return (
    <div className={`step step-${step.kind}`}>
      <div className="step-head">
        <p className="step-place">
          <FilledProse text={place} values={values} />
          {forSetup != null && <span className="step-for">For {forSetup}</span>}
        </p>
        <CopyButton text={text} />
      </div>
      <pre>
        <code>
          <FilledCode text={step.text} values={values} />
        </code>
      </pre>
      {step.kind === 'command' && step.expect !== undefined && (
        <p className="step-expect">
          <FilledProse text={step.expect} values={values} />
        </p>
      )}
    </div>
  )
}
