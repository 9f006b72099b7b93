import type { Evidence } from './evidence.ts'
import type { FixId } from './fix-ids.ts'
import { fitOf, type Fit } from './select.ts'
import { SETUP_CHOICES } from './setup-choices.ts'
import type { SetupAnswers, SetupQuestion, When } from './types.ts'

/**
 * How often one fix was the real fix for a cause, in the setups and with the evidence a row
 * names (content's fix-odds table, counted from real incidents). A fix may have several rows:
 * its score is that of the best row that holds.
 */
export interface FixOdds {
  fix: FixId
  /** Relative frequency among the cause's incidents where this row holds. */
  weight: number
  /** The setups the row is about; none means any setup. */
  when?: When
  /** The row holds only when the finding shows all of these. */
  evidence?: readonly Evidence[]
}

/** A fix a guide offers: its id and the setups it is written for. */
export interface OfferedFix {
  id: FixId
  when?: When | undefined
}

/** An offered fix with its score and how it fits the setup. */
export interface RankedFix<T extends OfferedFix = OfferedFix> {
  offered: T
  score: number
  /** `other-setup` fixes come last, still shown (marked): an answer may be a wrong guess. */
  fit: Fit
}

// A row whose setup is not answered yet counts a little: likely for someone, not known for you.
const UNKNOWN_SHARE = 0.35

function scoreOf(
  id: FixId,
  odds: readonly FixOdds[],
  setup: SetupAnswers,
  evidence: ReadonlySet<Evidence>,
): number {
  let best = 0
  for (const row of odds) {
    if (row.fix !== id) continue
    if (row.evidence?.some((e) => !evidence.has(e)) === true) continue
    const fit = fitOf(row.when, setup)
    const share = fit === 'fits' ? 1 : fit === 'unknown' ? UNKNOWN_SHARE : 0
    best = Math.max(best, row.weight * share)
  }
  return best
}

/**
 * Orders a guide's fixes by how often each is the real fix for this setup and evidence: the
 * first is the one to try first. Fixes written for another setup are moved last, never
 * dropped; ties keep the guide's order.
 */
export function rankFixes<T extends OfferedFix>(
  offered: readonly T[],
  odds: readonly FixOdds[],
  setup: SetupAnswers,
  evidence: ReadonlySet<Evidence>,
): RankedFix<T>[] {
  const ranked = offered.map((item, index) => ({
    offered: item,
    score: scoreOf(item.id, odds, setup, evidence),
    fit: fitOf(item.when, setup),
    index,
  }))
  ranked.sort(
    (a, b) =>
      Number(a.fit === 'other-setup') - Number(b.fit === 'other-setup') ||
      b.score - a.score ||
      a.index - b.index,
  )
  return ranked.map(({ offered: item, score, fit }) => ({ offered: item, score, fit }))
}

/**
 * The one setup question whose answer would change which fix comes first, for the page to
 * ask right in the finding; null when no open question changes it. `open` are the questions
 * the person has not answered (inferred answers stay open: they are guesses).
 */
export function decisiveQuestion(
  offered: readonly OfferedFix[],
  odds: readonly FixOdds[],
  setup: SetupAnswers,
  evidence: ReadonlySet<Evidence>,
  open: readonly SetupQuestion[],
): SetupQuestion | null {
  let best: SetupQuestion | null = null
  let bestFirsts = 1
  for (const question of open) {
    const firsts = new Set<FixId>()
    for (const value of SETUP_CHOICES[question]) {
      const first = rankFixes(offered, odds, { ...setup, [question]: value }, evidence)[0]
      if (first !== undefined) firsts.add(first.offered.id)
    }
    if (firsts.size > bestFirsts) {
      best = question
      bestFirsts = firsts.size
    }
  }
  return best
}
