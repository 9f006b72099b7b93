import { SLOT_NAMES, type SlotName } from '../core/fix/fill-template.ts'
import { forSetup } from '../core/fix/select.ts'
import type { CauseGuide, FixOption, SetupAnswers, Step } from '../core/fix/types.ts'
import { setupLabel } from './setup-labels.ts'
import { slotsOf } from './template-parts.ts'

/** A step that applies (or might) to the setup; `forSetup` names the setup when unsure. */
export interface ShownStep {
  step: Step
  forSetup: string | null
}

/** A fix option with the steps that apply; options left with no step are not shown. */
export interface ShownOption {
  option: FixOption
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

function shownSteps(steps: readonly Step[], setup: SetupAnswers): ShownStep[] {
  return forSetup(steps, setup).map((step) => ({ step, forSetup: setupLabel(step.when, setup) }))
}

function stepTexts({ step }: ShownStep): string[] {
  if (step.kind === 'command') return [step.text, step.expect ?? '']
  return [step.file ?? '', step.text]
}

/**
 * Keeps the checks and fixes that do not contradict the setup (see select.ts), labels those
 * meant for a setup not yet answered, and lists the slots the kept text uses.
 */
export function showGuide(guide: CauseGuide, setup: SetupAnswers): ShownGuide {
  const confirm = shownSteps(guide.confirm, setup)
  const fix = forSetup(guide.fix, setup)
    .map((option) => ({
      option,
      forSetup: setupLabel(option.when, setup),
      steps: shownSteps(option.steps, setup),
    }))
    .filter((o) => o.steps.length > 0)
  const texts = [
    ...confirm.flatMap(stepTexts),
    ...fix.flatMap((o) => [o.option.why, o.option.tradeoff, ...o.steps.flatMap(stepTexts)]),
    ...guide.prevent,
  ]
  const used = new Set(texts.flatMap(slotsOf))
  return { guide, confirm, fix, slots: SLOT_NAMES.filter((name) => used.has(name)) }
}
