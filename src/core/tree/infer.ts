import type { CauseId } from '../causes.ts'
import type { Answers } from './walk.ts'
import type { Tree } from './types.ts'

/**
 * The answers a pasted log gives: at each question, the answer whose `causes` include the
 * highest-ranked cause found (`ranked` is in the order to act on). Questions the log cannot
 * answer stay unanswered.
 */
export function inferAnswers(tree: Tree, ranked: readonly CauseId[]): Answers {
  const inferred: Record<string, string> = {}
  if (ranked.length === 0) return inferred
  for (const node of Object.values(tree.nodes)) {
    if (node.kind !== 'question') continue
    let best: { value: string; rank: number } | null = null
    for (const answer of node.answers) {
      const rank =
        answer.causes === 'any'
          ? ranked.length
          : Math.min(...(answer.causes ?? []).map((c) => ranked.indexOf(c)).filter((i) => i >= 0))
      if (Number.isFinite(rank) && (best === null || rank < best.rank)) {
        best = { value: answer.value, rank }
      }
    }
    if (best !== null) inferred[node.id] = best.value
  }
  return inferred
}
