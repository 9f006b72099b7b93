import type { AnswerSource, NodeId, PathStep, QuestionNode, Tree } from './types.ts'

/** Answers by question id. */
export type Answers = Readonly<Record<NodeId, string>>

/** Where the walk stands: the path so far and the node to show now. */
export interface WalkResult {
  path: PathStep[]
  /** The first unanswered question, or the outcome reached. */
  current: NodeId
}

/**
 * Walks the tree from its root, taking the person's answers first, the log's inferred
 * answers where the person said nothing, then the pasted config's. Info nodes are passed through once `passed`
 * includes them. A loop or an unknown node ends the walk where it is (content tests keep the
 * real tree free of both).
 */
export function walkTree(
  tree: Tree,
  answers: Answers,
  inferred: Answers = {},
  passed: ReadonlySet<NodeId> = new Set(),
  fromConfig: Answers = {},
): WalkResult {
  const path: PathStep[] = []
  const seen = new Set<NodeId>()
  let current = tree.root
  for (;;) {
    const node = tree.nodes[current]
    if (node === undefined || seen.has(current) || node.kind === 'outcome') break
    seen.add(current)
    if (node.kind === 'info') {
      if (!passed.has(current)) break
      path.push({ node: current })
      current = node.next
      continue
    }
    const chosen = choose(node, answers, inferred, fromConfig)
    if (chosen === null) break
    path.push({ node: current, answer: chosen.value, source: chosen.source })
    current = chosen.next
  }
  path.push({ node: current })
  return { path, current }
}

function choose(
  node: QuestionNode,
  answers: Answers,
  inferred: Answers,
  fromConfig: Answers,
): { value: string; next: NodeId; source: AnswerSource } | null {
  for (const [source, given] of [
    ['user', answers[node.id]],
    ['log', inferred[node.id]],
    ['config', fromConfig[node.id]],
  ] as const) {
    const answer = node.answers.find((a) => a.value === given)
    if (answer !== undefined) return { value: answer.value, next: answer.next, source }
  }
  return null
}

/** Every node reachable from the root (for content tests and the text outline). */
export function reachableNodes(tree: Tree): Set<NodeId> {
  const seen = new Set<NodeId>()
  const stack = [tree.root]
  while (stack.length > 0) {
    const id = stack.pop()!
    const node = tree.nodes[id]
    if (seen.has(id) || node === undefined) continue
    seen.add(id)
    if (node.kind === 'question') stack.push(...node.answers.map((a) => a.next))
    else if (node.kind === 'info') stack.push(node.next)
  }
  return seen
}
