import { useId, type ReactNode } from 'react'
import type { SlotValues } from '../core/fix/fill-template.ts'
import { FilledProse } from './filled-text.tsx'
import { FixOptionView } from './fix-option.tsx'
import type { ShownGuide } from './guide-shown.ts'
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
  /** Shown between the explanation and the checks (the setup and values forms). */
  fit?: ReactNode | undefined
  /** The id of the setup form, linked from the note on steps meant for one setup. */
  setupId?: string | undefined
}

function hasSetupSteps({ confirm, fix }: ShownGuide): boolean {
  const steps = [...confirm, ...fix.flatMap((o) => o.steps)]
  return steps.some((s) => s.forSetup !== null) || fix.some((o) => o.forSetup !== null)
}

// A button, not a #link: the URL's fragment may carry a permalink.
function SetupNote({ setupId }: { setupId: string | undefined }) {
  const focusForm = (): void => {
    if (setupId === undefined) return
    const fields = [...(document.getElementById(setupId)?.querySelectorAll('select') ?? [])]
    const field = fields.find((f) => f.value === '') ?? fields[0]
    field?.focus()
    field?.scrollIntoView({ block: 'center' })
  }
  return (
    <p className="hint">
      Steps marked “For …” fit one setup each: answer{' '}
      <button type="button" className="link-button" onClick={focusForm}>
        Your setup
      </button>{' '}
      to keep only yours.
    </p>
  )
}

/** A cause's guide in reading order: what happened, checks, fixes, prevention. */
export function GuideSections({ shown, values, fit, setupId }: GuideSectionsProps) {
  const { guide, confirm, fix } = shown
  const note = hasSetupSteps(shown) && <SetupNote setupId={setupId} />
  return (
    <>
      <div className="guide-explain">
        {guide.explain.map((text) => (
          <p key={text}>
            <FilledProse text={text} values={values} />
          </p>
        ))}
        <details className="usual">
          <summary>The usual reasons</summary>
          <ul>
            {guide.usual.map((text) => (
              <li key={text}>
                <FilledProse text={text} values={values} />
              </li>
            ))}
          </ul>
        </details>
      </div>
      {fit}
      <Section title="Check first">
        {note}
        <ol className="steps">
          {confirm.map(({ step, forSetup }) => (
            <li key={step.text}>
              <StepBlock step={step} values={values} forSetup={forSetup} />
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Fix">
        <p className="hint">In order: try the first; the others are for when it does not apply.</p>
        {note}
        <div className="fix-options">
          {fix.map((option, i) => (
            <FixOptionView key={option.option.title} shown={option} values={values} rank={i + 1} />
          ))}
        </div>
      </Section>
      <Section title="Prevent">
        <ul className="prevent">
          {guide.prevent.map((text) => (
            <li key={text}>
              <FilledProse text={text} values={values} />
            </li>
          ))}
        </ul>
      </Section>
    </>
  )
}
