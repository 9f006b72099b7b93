import type { NodeId, PathStep, Tree, TreeNode } from './types.ts'

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /** The path taken, highlighted (nodes and the edges between them). */
  path?: readonly PathStep[]
  /** The node the person is at now, highlighted more strongly. */
  current?: NodeId
}

/**
 * Writes the tree as mermaid flowchart text. Labels are quoted and escaped in one place
 * ({@link escapeLabel}); node ids are the tree's own ids (letters, digits, `_`), prefixed so
 * none can be a mermaid keyword such as `end`.
 */
export function toMermaid(tree: Tree, options: MermaidOptions = {}): string {
  const lines = ['flowchart TD']
  const onPath = new Set(options.path?.map((step) => step.node))
  const takenEdges = new Set(
    (options.path ?? []).flatMap((step, i, all) => {
      const next = all[i + 1]
      return next === undefined ? [] : [`${step.node}>${next.node}`]
    }),
  )
  const edges: string[] = []
  const highlighted: number[] = []
  for (const node of Object.values(tree.nodes)) {
    lines.push(`  ${nodeId(node.id)}${nodeShape(node)}`)
    for (const [label, next] of targets(node)) {
      if (takenEdges.has(`${node.id}>${next}`)) highlighted.push(edges.length)
      const text = label === '' ? '' : `|"${escapeLabel(label)}"|`
      edges.push(`  ${nodeId(node.id)} -->${text} ${nodeId(next)}`)
    }
  }
  lines.push(...edges)
  lines.push('  classDef path stroke-width:3px,stroke:#2563eb')
  lines.push('  classDef current stroke-width:4px,stroke:#dc2626')
  const pathIds = [...onPath].filter((id) => id !== options.current && tree.nodes[id] !== undefined)
  if (pathIds.length > 0) lines.push(`  class ${pathIds.map(nodeId).join(',')} path`)
  if (options.current !== undefined && tree.nodes[options.current] !== undefined) {
    lines.push(`  class ${nodeId(options.current)} current`)
  }
  if (highlighted.length > 0) {
    lines.push(`  linkStyle ${highlighted.join(',')} stroke-width:3px,stroke:#2563eb`)
  }
  return `${lines.join('\n')}\n`
}

/** The mermaid id of a tree node. */
export function nodeId(id: NodeId): string {
  return `n_${id.replace(/[^A-Za-z0-9_]/g, '_')}`
}

/** A node's mermaid shape with its label: questions are diamonds, causes rounded. */
export function nodeShape(node: TreeNode): string {
  const label = `"${escapeLabel(node.short)}"`
  if (node.kind === 'question') return `{${label}}`
  if (node.kind === 'outcome') return `([${label}])`
  return `[${label}]`
}

function targets(node: TreeNode): [string, NodeId][] {
  if (node.kind === 'question') return node.answers.map((a) => [a.label, a.next])
  if (node.kind === 'info') return [['', node.next]]
  return []
}

/**
 * Makes text safe inside a quoted mermaid label: quotes and the characters mermaid or HTML
 * would read as markup become entities, line breaks become spaces.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[[\]{}()|`]/g, (char) => `#${char.charCodeAt(0)};`)
}
