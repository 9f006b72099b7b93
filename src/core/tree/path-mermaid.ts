import { escapeLabel, nodeId, nodeShape } from './to-mermaid.ts'
import type { NodeId, PathStep, Tree, TreeNode } from './types.ts'

/** One node beside the path: where the answers not taken at a node of the path lead. */
export interface Neighbour {
  node: NodeId
  /** The answers that lead there (empty after an info node, which has no answers). */
  answers: string[]
  /**
   * False for the one drawing of the node that carries its real id (clickable, found by
   * tests); true for a later drawing of a node already shown elsewhere in the chart.
   */
  copy: boolean
}

/** A node of the path, the answer taken from it and the places its other answers lead. */
export interface PathStop {
  node: NodeId
  /** The label of the answer taken to the next stop ('' for an info node or the last stop). */
  taken: string
  neighbours: Neighbour[]
}

/**
 * The path taken and its neighbours: every node of the path once, in order, each with the
 * nodes its other answers lead to. The current node's next steps come first when a node
 * would be drawn twice, so those (the ones a click can take) keep the real ids.
 */
export function pathNeighbourhood(tree: Tree, path: readonly PathStep[]): PathStop[] {
  const stops: { step: PathStep; next: NodeId | undefined }[] = []
  const onPath = new Set<NodeId>()
  path.forEach((step, i) => {
    if (onPath.has(step.node) || tree.nodes[step.node] === undefined) return
    onPath.add(step.node)
    stops.push({ step, next: path[i + 1]?.node })
  })
  const drawn = new Set(onPath)
  const neighbours = new Map<NodeId, Neighbour[]>()
  for (const { step, next } of [...stops].reverse()) {
    const found: Neighbour[] = []
    for (const [label, target] of exits(tree.nodes[step.node])) {
      if (target === next || onPath.has(target) || tree.nodes[target] === undefined) continue
      const same = found.find((n) => n.node === target)
      if (same !== undefined) {
        if (label !== '') same.answers.push(label)
        continue
      }
      found.push({ node: target, answers: label === '' ? [] : [label], copy: drawn.has(target) })
      drawn.add(target)
    }
    neighbours.set(step.node, found)
  }
  return stops.map(({ step, next }) => ({
    node: step.node,
    taken: next === undefined ? '' : takenLabel(tree.nodes[step.node], step, next),
    neighbours: neighbours.get(step.node) ?? [],
  }))
}

// Tighter than mermaid's default spacing (50 px), so the chart needs less room to be read.
const SPACING = [
  '---',
  'config:',
  '  flowchart:',
  '    nodeSpacing: 30',
  '    rankSpacing: 40',
  '---',
]

/**
 * Writes the path and its neighbours as mermaid flowchart text, in one column: each node of
 * the path with the answer taken, then a box stacking where its other answers lead (one node
 * each, "answer → where it leads"), so the drawing stays narrow however many answers a
 * question has. Highlights as {@link toMermaid} does; node ids are the same, so a node is
 * found and clicked the same way in both drawings.
 */
export function pathToMermaid(tree: Tree, path: readonly PathStep[], current: NodeId): string {
  const stops = pathNeighbourhood(tree, path)
  const lines = [...SPACING, 'flowchart TD']
  const links: string[] = []
  const taken: number[] = []
  const groups: string[] = []
  let copies = 0
  stops.forEach((stop, i) => {
    const node = tree.nodes[stop.node]!
    lines.push(`  ${nodeId(node.id)}${stopShape(node, stop.taken)}`)
    const next = stops[i + 1]
    if (next !== undefined) {
      taken.push(links.length)
      links.push(`  ${nodeId(node.id)} --> ${nodeId(next.node)}`)
    }
    if (stop.neighbours.length === 0) return
    const group = `g_${nodeId(node.id)}`
    const title = node.id === current ? 'Next steps' : 'Other answers'
    groups.push(`  subgraph ${group} ["${title}"]`, '    direction LR')
    for (const neighbour of stop.neighbours) {
      copies += neighbour.copy ? 1 : 0
      const id = neighbour.copy ? `c${copies}_${nodeId(neighbour.node)}` : nodeId(neighbour.node)
      groups.push(`    ${id}${neighbourShape(tree.nodes[neighbour.node]!, neighbour.answers)}`)
    }
    groups.push('  end')
    links.push(`  ${nodeId(node.id)} -.-> ${group}`)
    // Puts the next node of the path below the box, not beside it: one column, not two.
    if (next !== undefined) links.push(`  ${group} ~~~ ${nodeId(next.node)}`)
  })
  lines.push(...groups, ...links)
  lines.push('  classDef path stroke-width:3px,stroke:#2563eb')
  lines.push('  classDef current stroke-width:4px,stroke:#dc2626')
  const pathIds = stops.map((s) => s.node).filter((id) => id !== current)
  if (pathIds.length > 0) lines.push(`  class ${pathIds.map(nodeId).join(',')} path`)
  if (stops.some((s) => s.node === current)) lines.push(`  class ${nodeId(current)} current`)
  if (taken.length > 0) lines.push(`  linkStyle ${taken.join(',')} stroke-width:3px,stroke:#2563eb`)
  return `${lines.join('\n')}\n`
}

function exits(node: TreeNode | undefined): [string, NodeId][] {
  if (node?.kind === 'question') return node.answers.map((a) => [a.label, a.next])
  if (node?.kind === 'info') return [['', node.next]]
  return []
}

function takenLabel(node: TreeNode | undefined, step: PathStep, next: NodeId): string {
  if (node?.kind !== 'question') return ''
  const answer =
    node.answers.find((a) => a.value === step.answer) ?? node.answers.find((a) => a.next === next)
  return answer?.label ?? ''
}

// Boxes, not diamonds: a diamond around a long label takes three times the room. The answer
// taken is written in the box under the question, not on the arrow, where it would need a
// column of its own.
function stopShape(node: TreeNode, taken: string): string {
  if (node.kind === 'outcome') return nodeShape(node)
  const answer = taken === '' ? '' : `<br>→ ${escapeLabel(taken)}`
  return `["${escapeLabel(node.short)}${answer}"]`
}

function neighbourShape(node: TreeNode, answers: readonly string[]): string {
  const text = answers.length === 0 ? node.short : `${answers.join(' / ')} → ${node.short}`
  const label = `"${escapeLabel(text)}"`
  return node.kind === 'outcome' ? `([${label}])` : `[${label}]`
}
