import type { SetupAnswers, SetupQuestion, When } from './types.ts'

/** Whether a step or option applies to the setup the person described. */
export type Fit = 'fits' | 'unknown' | 'other-setup'

/**
 * How a `when` condition fits the setup: `fits` when every question it names is answered with
 * one of its values, `other-setup` when an answer contradicts it, `unknown` when a question
 * it needs is still unanswered (show it, labelled with the setup it is for).
 */
export function fitOf(when: When | undefined, setup: SetupAnswers): Fit {
  if (when === undefined) return 'fits'
  let unknown = false
  for (const question of Object.keys(when) as SetupQuestion[]) {
    const allowed = when[question] as readonly string[] | undefined
    const given = setup[question]
    if (allowed === undefined) continue
    if (given === undefined) unknown = true
    else if (!allowed.includes(given)) return 'other-setup'
  }
  return unknown ? 'unknown' : 'fits'
}

/** The items that apply (or might) to the setup: those that do not contradict it. */
export function forSetup<T extends { when?: When }>(items: readonly T[], setup: SetupAnswers): T[] {
  return items.filter((item) => fitOf(item.when, setup) !== 'other-setup')
}
