import { SLOT_NAMES, slotsIn, type SlotName } from '../core/fix/fill-template.ts'
import type { RankedFix } from '../core/fix/order.ts'
import { forSetup, type Fit } from '../core/fix/select.ts'
import type { CauseGuide, FixOption, SetupAnswers, Step } from '../core/fix/types.ts'
import { setupLabel } from './setup-labels.ts'

/** A step that applies (or might) to the setup; `forSetup` names the setup when unsure. */
export interface ShownStep {
  step: Step
  forSetup: string | null
}

/** A fix option in the order to try it, with the steps to show. */
export interface ShownOption {
  option: FixOption
  /** `other-setup`: written for a setup the answers rule out (shown last, marked). */
  fit: Fit
  forSetup: string | null
  steps: ShownStep[]
}

/** What of a guide the page shows for a setup, and the placeholders it uses. */
export interface ShownGuide {
  guide: CauseGuide
  confirm: ShownStep[]
  fix: ShownOption[]
  slots: SlotName[]
}

const NO_ANSWERS: SetupAnswers = {}

function shownSteps(steps: readonly Step[], setup: SetupAnswers): ShownStep[] {
  return forSetup(steps, setup).map((step) => ({ step, forSetup: setupLabel(step.when, setup) }))
}

/** A step's identity in a list: two setups may share a snippet's text for different files. */
export function stepKey(step: Step): string {
  return step.kind === 'snippet' ? `${step.file ?? ''}\n${step.text}` : step.text
}

function stepTexts({ step }: ShownStep): string[] {
  if (step.kind === 'command') return [step.text, step.expect ?? '']
  return [step.file ?? '', step.text]
}

function shownOption({ offered: option, fit }: RankedFix<FixOption>, setup: SetupAnswers) {
  // A fix for another setup keeps all its steps, each labelled with the setup it is for:
  // the answer that ruled it out may be a wrong guess.
  const asked = fit === 'other-setup' ? NO_ANSWERS : setup
  return {
    option,
    fit,
    forSetup: setupLabel(option.when, asked),
    steps: shownSteps(option.steps, asked),
  }
}

/**
 * The checks that do not contradict the setup (see select.ts) and every fix in the order
 * given (see order.ts), steps meant for a setup not yet answered labelled, and the slots the
 * shown text uses.
 */
export function showGuide(
  guide: CauseGuide,
  setup: SetupAnswers,
  ranked: readonly RankedFix<FixOption>[],
): ShownGuide {
  const confirm = shownSteps(guide.confirm, setup)
  const fix = ranked.map((item) => shownOption(item, setup)).filter((o) => o.steps.length > 0)
  const texts = [
    ...confirm.flatMap(stepTexts),
    ...fix.flatMap((o) => [o.option.why, o.option.tradeoff, ...o.steps.flatMap(stepTexts)]),
    ...guide.prevent,
  ]
  const used = new Set(texts.flatMap(slotsIn))
  return { guide, confirm, fix, slots: SLOT_NAMES.filter((name) => used.has(name)) }
}
