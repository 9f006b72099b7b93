import type { NodeId, PathStep, Tree } from '../core/tree/types.ts'
import type { WalkResult } from '../core/tree/walk.ts'

/** What the decision panel shows: the walk, or the walk cut at a node the person went back to. */
export interface TreeView {
  path: PathStep[]
  current: NodeId
  /** The log's answer at `current`, when the person went back to a question the log answers. */
  logAnswer?: string
}

/**
 * Cuts the walk at `focus` when it is a node of the path the person went back to. A question
 * the log answers is passed by the walk again, so the panel keeps it open until the person
 * picks an answer or keeps the log's.
 */
export function viewAt(walk: WalkResult, focus: NodeId | null): TreeView {
  const at = focus === null ? -1 : walk.path.findIndex((step) => step.node === focus)
  const step = walk.path[at]
  if (focus === null || step === undefined || focus === walk.current) {
    return { path: walk.path, current: walk.current }
  }
  const view: TreeView = { path: [...walk.path.slice(0, at), { node: focus }], current: focus }
  if (step.answer !== undefined && step.source === 'log') view.logAnswer = step.answer
  return view
}

/** One step taken, as the path list shows it. */
export interface PathEntry {
  node: NodeId
  question: string
  answer: string
  fromLog: boolean
  fromConfig: boolean
}

/** The steps taken before the current node, in words. */
export function pathEntries(tree: Tree, path: readonly PathStep[]): PathEntry[] {
  return path.slice(0, -1).flatMap((step) => {
    const node = tree.nodes[step.node]
    if (node === undefined || node.kind === 'outcome') return []
    const label =
      node.kind === 'info'
        ? 'Done'
        : (node.answers.find((a) => a.value === step.answer)?.label ?? step.answer ?? '')
    const { source } = step
    return [
      {
        node: node.id,
        question: node.short,
        answer: label,
        fromLog: source === 'log',
        fromConfig: source === 'config',
      },
    ]
  })
}

/** What clicking a node of the flowchart does. */
export type FlowAction =
  | { kind: 'go-to'; node: NodeId }
  | { kind: 'answer'; node: NodeId; value: string }
  | { kind: 'pass'; node: NodeId }

/** A node of the flowchart that can be clicked, with its accessible name. */
export interface FlowTarget {
  label: string
  action: FlowAction
}

/**
 * The clickable nodes of the flowchart, by tree node id: the nodes of the path (go back there)
 * and the nodes one answer away from the current one (answer it).
 */
export function flowTargets(tree: Tree, view: TreeView): Map<NodeId, FlowTarget> {
  const targets = new Map<NodeId, FlowTarget>()
  for (const step of view.path.slice(0, -1)) {
    const short = tree.nodes[step.node]?.short ?? step.node
    targets.set(step.node, {
      label: `Go back to “${short}”`,
      action: { kind: 'go-to', node: step.node },
    })
  }
  const current = tree.nodes[view.current]
  const add = (next: NodeId, label: string, action: FlowAction): void => {
    if (!targets.has(next) && next !== view.current) targets.set(next, { label, action })
  }
  if (current?.kind === 'question') {
    for (const a of current.answers) {
      add(a.next, `Answer “${a.label}”`, { kind: 'answer', node: current.id, value: a.value })
    }
  } else if (current?.kind === 'info') {
    add(current.next, 'Done, continue', { kind: 'pass', node: current.id })
  }
  return targets
}
