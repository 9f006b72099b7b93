import { fillTemplate, slotsIn, type SlotValues } from './fill-template.ts'
import { fitOf } from './select.ts'
import type { CommandStep, SetupAnswers } from './types.ts'

/**
 * The first check to run, filled: the first step written for this setup whose placeholders
 * the log fills, else the first written for this setup, else the first that may apply (a
 * check for another setup is never picked while one for this setup exists).
 */
export function pickCheck(
  steps: readonly CommandStep[],
  setup: SetupAnswers,
  values: SlotValues,
): string {
  const filled = (step: CommandStep) =>
    slotsIn(step.text).every((slot) => values[slot] !== undefined)
  const fits = steps.filter((step) => fitOf(step.when, setup) === 'fits')
  const unknown = steps.filter((step) => fitOf(step.when, setup) === 'unknown')
  const step = fits.find(filled) ?? fits[0] ?? unknown.find(filled) ?? unknown[0] ?? steps[0]
  return step === undefined ? '' : fillTemplate(step.text, values)
}
