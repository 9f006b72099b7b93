import { useId, useMemo } from 'react'
import { CAUSE_GUIDES } from '../content/guides/index.ts'
import { GuideSections } from '../components/guide-sections.tsx'
import { showGuide } from '../components/guide-shown.ts'
import { SetupForm } from '../components/setup-form.tsx'
import { SlotForm } from '../components/slot-form.tsx'
import type { CauseId } from '../core/causes.ts'
import { slotValuesFromFacts, type SlotValues } from '../core/fix/fill-template.ts'
import type { SetupAnswers, SetupQuestion } from '../core/fix/types.ts'
import type { LineFacts } from '../core/log/types.ts'
import { useLogStore } from '../store/log-store.ts'

const NOTHING: SetupAnswers = {}

export interface GuideBodyProps {
  cause: CauseId
  facts?: LineFacts | undefined
  inferred?: SetupAnswers | undefined
}

function useFit(facts: LineFacts | undefined, inferred: SetupAnswers) {
  const chosen = useLogStore((s) => s.setup)
  const typed = useLogStore((s) => s.slots)
  const fromLog = useMemo<SlotValues>(
    () => (facts === undefined ? {} : slotValuesFromFacts(facts)),
    [facts],
  )
  const setup = useMemo(() => ({ ...inferred, ...chosen }), [inferred, chosen])
  const values = useMemo(() => ({ ...fromLog, ...typed }), [fromLog, typed])
  return { setup, values, fromLog, typed }
}

/**
 * The guide of a cause with the setup and values forms, its steps filled. Loaded lazily with
 * the guides themselves (see guide-panel.tsx).
 */
export function GuideBody({ cause, facts, inferred = NOTHING }: GuideBodyProps) {
  const { setup, values, fromLog, typed } = useFit(facts, inferred)
  const setSetup = useLogStore((s) => s.setSetup)
  const setSlot = useLogStore((s) => s.setSlot)
  const shown = useMemo(() => showGuide(CAUSE_GUIDES[cause], setup), [cause, setup])
  const setupId = useId()
  const fields = shown.slots.map((name) => ({
    name,
    value: values[name] ?? '',
    fromLog: typed[name] === undefined && fromLog[name] !== undefined,
  }))
  // Ones the person still has to type come first; the list stays put while they type.
  fields.sort(
    (a, b) => Number(fromLog[a.name] !== undefined) - Number(fromLog[b.name] !== undefined),
  )
  const fit = (
    <div className="guide-fit">
      <SetupForm
        id={setupId}
        answers={setup}
        inferred={inferred}
        onChange={(question: SetupQuestion, value) =>
          setSetup(question, value as SetupAnswers[SetupQuestion])
        }
      />
      <SlotForm fields={fields} onChange={setSlot} />
    </div>
  )
  return (
    <div className="guide">
      <GuideSections shown={shown} values={values} fit={fit} setupId={setupId} />
    </div>
  )
}
