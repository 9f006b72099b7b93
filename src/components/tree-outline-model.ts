import type { NodeId, Tree } from '../core/tree/types.ts'

/** A node of the outline: written out in full at its home, elsewhere a link to it. */
export interface OutlineNode {
  id: NodeId
  /** False where the node was already written out (a shared node, or a loop back). */
  home: boolean
  branches: OutlineBranch[]
}

/** One way out of a node: an answer (or "continue" at an info node) and where it leads. */
export interface OutlineBranch {
  label: string
  /** The answer's value; absent for "continue". */
  value?: string
  next: OutlineNode
}

/**
 * The tree as a nested outline for reading top to bottom. Nodes reached from several places
 * (and loops) are written once, where they are nearest to the root, and linked elsewhere.
 */
export function outlineOf(tree: Tree): OutlineNode {
  const home = homeEdges(tree)
  const build = (id: NodeId, edge: string): OutlineNode => {
    const isHome = home.get(id) === edge
    const node = tree.nodes[id]
    if (!isHome || node === undefined || node.kind === 'outcome') {
      return { id, home: isHome, branches: [] }
    }
    if (node.kind === 'info') {
      return { id, home: true, branches: [{ label: 'Done, continue', next: build(node.next, id) }] }
    }
    const branches = node.answers.map((a) => ({
      label: a.label,
      value: a.value,
      next: build(a.next, `${id}>${a.value}`),
    }))
    return { id, home: true, branches }
  }
  return build(tree.root, '')
}

// The edge (`parent>answer`) by which breadth-first search first reaches each node.
function homeEdges(tree: Tree): Map<NodeId, string> {
  const home = new Map<NodeId, string>([[tree.root, '']])
  const queue = [tree.root]
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = tree.nodes[id]
    const edges: [string, NodeId][] =
      node?.kind === 'question'
        ? node.answers.map((a) => [`${node.id}>${a.value}`, a.next])
        : node?.kind === 'info'
          ? [[node.id, node.next]]
          : []
    for (const [edge, next] of edges) {
      if (home.has(next)) continue
      home.set(next, edge)
      queue.push(next)
    }
  }
  return home
}
