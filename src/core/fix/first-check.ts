import { fillTemplate, slotsIn, type SlotValues } from './fill-template.ts'
import { fitOf } from './select.ts'
import type { CommandStep, SetupAnswers } from './types.ts'

/**
 * The first check to run, filled. A check written for this setup comes first (it runs where
 * it must: in the container, on the pod), the one whose placeholders the log fills before
 * one that needs a value asked for; then a check for any setup; then one for a setup not yet
 * answered; a check for another setup only when nothing else is left.
 */
export function pickCheck(
  steps: readonly CommandStep[],
  setup: SetupAnswers,
  values: SlotValues,
): string {
  const filled = (step: CommandStep) =>
    slotsIn(step.text).every((slot) => values[slot] !== undefined)
  const fits = steps.filter((step) => fitOf(step.when, setup) === 'fits')
  const specific = fits.filter((step) => step.when !== undefined)
  const general = fits.filter((step) => step.when === undefined)
  const unknown = steps.filter((step) => fitOf(step.when, setup) === 'unknown')
  const step =
    specific.find(filled) ??
    specific[0] ??
    general.find(filled) ??
    general[0] ??
    unknown.find(filled) ??
    unknown[0] ??
    steps[0]
  return step === undefined ? '' : fillTemplate(step.text, values)
}
