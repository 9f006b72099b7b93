import { useId, type ReactNode } from 'react'
import { fillTemplate, type SlotValues } from '../core/fix/fill-template.ts'
import { FilledProse } from './filled-text.tsx'
import { FixList } from './fix-list.tsx'
import { stepKey, type ShownGuide, type ShownStep } from './guide-shown.ts'
import { StepBlock } from './step-block.tsx'

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="guide-section" aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      {children}
    </section>
  )
}

export interface GuideSectionsProps {
  shown: ShownGuide
  values: SlotValues
  /** Shown above the fixes: what the log says of the setup, and the one question to ask. */
  fit?: ReactNode | undefined
  /** Shown after the fixes: every setup answer and value, folded. */
  forms?: ReactNode | undefined
  /** The first check as the finding shows it, filled: here it only says what it shows. */
  firstCheck?: string | undefined
}

function Steps({ steps, values }: { steps: readonly ShownStep[]; values: SlotValues }) {
  return (
    <ol className="steps">
      {steps.map(({ step, forSetup }) => (
        <li key={stepKey(step)}>
          <StepBlock step={step} values={values} forSetup={forSetup} />
        </li>
      ))}
    </ol>
  )
}

/**
 * A cause's guide, short enough to act on: one paragraph, the check that tells the causes
 * apart, the fixes in order with the first open; the rest folded.
 */
export function GuideSections({ shown, values, fit, forms, firstCheck }: GuideSectionsProps) {
  const { guide, confirm, fix } = shown
  const [first, ...more] = guide.explain
  // Checks written for this setup (or any) first; those for a setup not yet answered after.
  const sorted = [...confirm].sort(
    (a, b) => Number(a.forSetup !== null) - Number(b.forSetup !== null),
  )
  // The finding shows the first check already: here it says what its output means.
  const above = sorted.find(({ step }) => fillTemplate(step.text, values) === firstCheck)
  const rest = above === undefined ? sorted.slice(1) : sorted.filter((s) => s !== above)
  return (
    <>
      <div className="guide-explain">
        {first !== undefined && (
          <p>
            <FilledProse text={first} values={values} />
          </p>
        )}
        <details className="usual">
          <summary>More: what nginx saw, and the usual reasons</summary>
          {more.map((text) => (
            <p key={text}>
              <FilledProse text={text} values={values} />
            </p>
          ))}
          <ul>
            {guide.usual.map((text) => (
              <li key={text}>
                <FilledProse text={text} values={values} />
              </li>
            ))}
          </ul>
        </details>
      </div>
      <Section title="Check first">
        {above === undefined ? (
          <Steps steps={sorted.slice(0, 1)} values={values} />
        ) : (
          <p className="step-expect above-check">
            <strong>Run the first check, above.</strong>{' '}
            {above.step.kind === 'command' && above.step.expect !== undefined && (
              <FilledProse text={above.step.expect} values={values} />
            )}
          </p>
        )}
        {rest.length > 0 && (
          <details className="more-checks">
            <summary>More checks ({rest.length})</summary>
            <Steps steps={rest} values={values} />
          </details>
        )}
      </Section>
      <Section title="Fix">
        {fit}
        <FixList fixes={fix} values={values} />
        {forms}
      </Section>
      <Section title="Prevent">
        <details className="prevent-list">
          <summary>How to keep it from coming back ({guide.prevent.length})</summary>
          <ul className="prevent">
            {guide.prevent.map((text) => (
              <li key={text}>
                <FilledProse text={text} values={values} />
              </li>
            ))}
          </ul>
        </details>
      </Section>
    </>
  )
}
