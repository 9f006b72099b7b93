import { evidenceOf } from '../core/fix/evidence.ts'
import type { FixId } from '../core/fix/fix-ids.ts'
import { inferSetup, setupInEffect } from '../core/fix/infer-setup.ts'
import { decisiveQuestion, rankFixes, type RankedFix } from '../core/fix/order.ts'
import { SETUP_CHOICES } from '../core/fix/setup-choices.ts'
import type { FixOption, SetupAnswers, SetupQuestion } from '../core/fix/types.ts'
import type { Finding } from '../core/log/finding.ts'
import { FIX_ODDS } from './fix-odds.ts'
import { CAUSE_GUIDES } from './guides/index.ts'

/** The setup a diagnosis works with: the person's answers over what the log gives away. */
export function setupFor(findings: readonly Finding[], given: SetupAnswers): SetupAnswers {
  return setupInEffect(inferSetup(findings), given)
}

/** A finding's guide fixes, in the order to try them for this setup and the finding's lines. */
export function orderedFixes(finding: Finding, setup: SetupAnswers): RankedFix<FixOption>[] {
  const { cause } = finding
  return rankFixes(CAUSE_GUIDES[cause].fix, FIX_ODDS[cause], setup, evidenceOf(finding))
}

/** The fix ids of {@link orderedFixes}, each once: what `--findings` reports as `fixes`. */
export function fixIdsOf(finding: Finding, setup: SetupAnswers): FixId[] {
  return [...new Set(orderedFixes(finding, setup).map((ranked) => ranked.offered.id))]
}

/** The one unanswered setup question whose answer would change this finding's first fix. */
export function questionToAsk(finding: Finding, setup: SetupAnswers): SetupQuestion | null {
  const { cause } = finding
  const open = (Object.keys(SETUP_CHOICES) as SetupQuestion[]).filter((q) => setup[q] === undefined)
  return decisiveQuestion(
    CAUSE_GUIDES[cause].fix,
    FIX_ODDS[cause],
    setup,
    evidenceOf(finding),
    open,
  )
}
