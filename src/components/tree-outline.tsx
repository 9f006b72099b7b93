import { useId, useMemo } from 'react'
import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { NodeId, PathStep, Tree } from '../core/tree/types.ts'
import { InlineCode } from './inline-code.tsx'
import { outlineOf, type OutlineNode } from './tree-outline-model.ts'

export interface TreeOutlineProps {
  tree: Tree
  /** The path taken: its answers are marked as current among their siblings. */
  path: readonly PathStep[]
  /** The node the person is at, marked as the current step. */
  current: NodeId
}

interface Marks {
  prefix: string
  taken: Set<string>
  current: NodeId
}

/** The whole decision tree as nested lists: the flowchart's text version. */
export function TreeOutline({ tree, path, current }: TreeOutlineProps) {
  const prefix = useId()
  const outline = useMemo(() => outlineOf(tree), [tree])
  const taken = new Set(
    path.flatMap((s, i) => (path[i + 1] === undefined ? [] : [`${s.node}>${s.answer ?? ''}`])),
  )
  return (
    <ul className="tree-outline">
      <OutlineItem tree={tree} item={outline} marks={{ prefix, taken, current }} />
    </ul>
  )
}

function OutlineItem({ tree, item, marks }: { tree: Tree; item: OutlineNode; marks: Marks }) {
  const node = tree.nodes[item.id]
  if (node === undefined) return null
  const anchor = `${marks.prefix}-${item.id}`
  const text = node.kind === 'outcome' ? `Cause: ${CAUSE_SUMMARIES[node.cause].title}` : node.text
  if (!item.home) {
    return (
      <li className="outline-ref">
        Go to <a href={`#${anchor}`}>{node.short}</a>
      </li>
    )
  }
  const isCurrent = item.id === marks.current
  return (
    <li id={anchor} aria-current={isCurrent ? 'step' : undefined}>
      <span className={`outline-node outline-${node.kind}`}>
        <InlineCode text={text} />
        {isCurrent && <span className="outline-here"> (you are here)</span>}
      </span>
      {item.branches.length > 0 && (
        <ul>
          {item.branches.map((b) => {
            const taken = marks.taken.has(`${item.id}>${b.value ?? ''}`)
            return (
              <li key={b.value ?? 'next'} aria-current={taken ? 'true' : undefined}>
                <span className={`outline-answer${taken ? ' taken' : ''}`}>{b.label}</span>
                <ul>
                  <OutlineItem tree={tree} item={b.next} marks={marks} />
                </ul>
              </li>
            )
          })}
        </ul>
      )}
    </li>
  )
}
