import type { CauseId } from '../causes.ts'
import type { CommandStep } from '../fix/types.ts'

/** A node's id: letters, digits and `_` only, so it is also a valid mermaid node id. */
export type NodeId = string

/** One possible answer to a question, and where it leads. */
export interface Answer {
  /** Stable value (kept in permalinks). */
  value: string
  /** What the person clicks. */
  label: string
  next: NodeId
  /**
   * The log answers this question for the person when it shows one of these causes (`any`:
   * when it shows any cause at all).
   */
  causes?: readonly CauseId[] | 'any'
}

/** A question asked one at a time. */
export interface QuestionNode {
  kind: 'question'
  id: NodeId
  /** The question, in plain words. */
  text: string
  /** Short label for the flowchart. */
  short: string
  /** How to find the answer (read-only commands). */
  how?: readonly CommandStep[]
  answers: readonly Answer[]
}

/** A stop on the way that tells the person something to do, then goes on. */
export interface InfoNode {
  kind: 'info'
  id: NodeId
  text: string
  short: string
  how?: readonly CommandStep[]
  next: NodeId
}

/** Where a path ends: a cause, whose guide has the checks and fixes. */
export interface OutcomeNode {
  kind: 'outcome'
  id: NodeId
  cause: CauseId
  short: string
}

/** Any node of the decision tree. */
export type TreeNode = QuestionNode | InfoNode | OutcomeNode

/** The decision tree: typed data, walked by {@link walkTree} and drawn by `toMermaid`. */
export interface Tree {
  root: NodeId
  nodes: Readonly<Record<NodeId, TreeNode>>
}

/** Where an answer came from: the person, or the pasted log (which they can override). */
export type AnswerSource = 'user' | 'log' | 'config'

/** One step of the path taken through the tree. */
export interface PathStep {
  node: NodeId
  /** The answer given at a question (absent for info nodes and the final node). */
  answer?: string
  source?: AnswerSource
}
