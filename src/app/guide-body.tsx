import { useMemo } from 'react'
import { GuideSections } from '../components/guide-sections.tsx'
import { showGuide } from '../components/guide-shown.ts'
import { SetupAsk } from '../components/setup-ask.tsx'
import { SetupForm } from '../components/setup-form.tsx'
import { SetupGuesses } from '../components/setup-guesses.tsx'
import { SlotForm } from '../components/slot-form.tsx'
import { FleetQueries } from '../components/fleet-queries.tsx'
import { fleetQueriesFor } from '../content/fleet-queries.ts'
import { InYourConfig, type ConfigMistakeRef } from '../components/in-your-config.tsx'
import type { FindingInConfig } from '../core/config/in-your-config.ts'
import { orderedFixes, questionToAsk } from '../content/fix-order.ts'
import { CAUSE_GUIDES } from '../content/guides/index.ts'
import { slotValuesFromFacts, type SlotValues } from '../core/fix/fill-template.ts'
import { setupInEffect, type InferredSetup } from '../core/fix/infer-setup.ts'
import type { SetupAnswers, SetupQuestion } from '../core/fix/types.ts'
import type { CauseId } from '../core/causes.ts'
import { emptyFinding, type Finding } from '../core/log/finding.ts'
import type { LineFacts } from '../core/log/types.ts'
import { useLogStore } from '../store/log-store.ts'

const NOTHING: InferredSetup = {}
const NO_FACTS: LineFacts = { source: 'unknown' }

export interface GuideBodyProps {
  cause: CauseId
  /** None when the guide is reached by the questions alone, without a log. */
  finding?: Finding | undefined
  inferred?: InferredSetup | undefined
  /** The first check the finding shows, filled. */
  check?: string | undefined
  /** The pasted config's route for the finding, its settings and slot values. */
  inConfig?: FindingInConfig | undefined
  mistakes?: readonly ConfigMistakeRef[] | undefined
}

const NO_MISTAKES: readonly ConfigMistakeRef[] = []
const NO_SLOTS: SlotValues = {}

function useFit(finding: Finding, inferred: InferredSetup, fromConfig: SlotValues) {
  const chosen = useLogStore((s) => s.setup)
  const unsure = useLogStore((s) => s.unsure)
  const typed = useLogStore((s) => s.slots)
  // The log's values are what happened; the config's fill what the log does not say.
  const fromLog = useMemo<SlotValues>(
    () => ({ ...fromConfig, ...slotValuesFromFacts(finding.sample) }),
    [finding, fromConfig],
  )
  const setup = useMemo(() => setupInEffect(inferred, chosen, unsure), [inferred, chosen, unsure])
  const guessed = useMemo(() => setupInEffect(inferred, {}, unsure), [inferred, unsure])
  const values = useMemo(() => ({ ...fromLog, ...typed }), [fromLog, typed])
  const setAside = useMemo(
    () => [...unsure, ...(Object.keys(chosen) as SetupQuestion[])],
    [unsure, chosen],
  )
  const logOnly = useMemo(() => slotValuesFromFacts(finding.sample), [finding])
  return { setup, guessed, setAside, values, fromLog, typed, logOnly }
}

/**
 * The guide of a finding, its fixes in the order to try them for the setup, its steps filled.
 * Loaded lazily with the guides themselves (see guide-panel.tsx).
 */
export function GuideBody(props: GuideBodyProps) {
  const { cause, finding: given, inferred = NOTHING, check } = props
  const { inConfig, mistakes = NO_MISTAKES } = props
  const finding = useMemo(() => given ?? emptyFinding(cause, NO_FACTS), [given, cause])
  const { setup, guessed, setAside, values, fromLog, typed, logOnly } = useFit(
    finding,
    inferred,
    inConfig?.slots ?? NO_SLOTS,
  )
  const setSetup = useLogStore((s) => s.setSetup)
  const doubt = useLogStore((s) => s.doubt)
  const setSlot = useLogStore((s) => s.setSlot)
  const shown = useMemo(
    () => showGuide(CAUSE_GUIDES[finding.cause], setup, orderedFixes(finding, setup)),
    [finding, setup],
  )
  const ask = useMemo(() => questionToAsk(finding, setup), [finding, setup])
  const queries = useMemo(() => (given === undefined ? [] : fleetQueriesFor(given)), [given])
  const answer = (question: SetupQuestion, value: string | undefined): void =>
    setSetup(question, value as SetupAnswers[SetupQuestion])
  const fields = shown.slots.map((name) => ({
    name,
    value: values[name] ?? '',
    from:
      typed[name] !== undefined || fromLog[name] === undefined
        ? null
        : logOnly[name] !== undefined
          ? ('log' as const)
          : ('config' as const),
  }))
  // Ones the person still has to type come first; the list stays put while they type.
  fields.sort(
    (a, b) => Number(fromLog[a.name] !== undefined) - Number(fromLog[b.name] !== undefined),
  )
  const toFill = fields.filter((f) => f.value === '').length
  const fit = (
    <>
      <InYourConfig joined={inConfig} mistakes={mistakes} />
      <SetupGuesses inferred={inferred} setAside={setAside} onNotSure={doubt} />
      {ask !== null && <SetupAsk question={ask} onAnswer={answer} />}
    </>
  )
  const forms = (
    <details className="guide-forms">
      <summary>Your setup and values{toFill > 0 ? ` (${toFill} to fill in)` : ''}</summary>
      <div className="guide-fit">
        <SetupForm answers={setup} inferred={guessed} onChange={answer} />
        <SlotForm fields={fields} onChange={setSlot} />
      </div>
    </details>
  )
  return (
    <div className="guide">
      <GuideSections shown={shown} values={values} fit={fit} forms={forms} firstCheck={check} />
      <FleetQueries queries={queries} />
    </div>
  )
}
