import { expect, it } from 'vitest'
import { TREE } from '../content/tree.ts'
import type { Tree } from '../core/tree/types.ts'
import { reachableNodes } from '../core/tree/walk.ts'
import { outlineOf, type OutlineNode } from './tree-outline-model.ts'

const LOOP: Tree = {
  root: 'a',
  nodes: {
    a: {
      kind: 'question',
      id: 'a',
      text: 'A?',
      short: 'A',
      answers: [
        { value: 'b', label: 'to b', next: 'b' },
        { value: 'c', label: 'to c', next: 'c' },
      ],
    },
    b: { kind: 'info', id: 'b', text: 'B', short: 'B', next: 'c' },
    c: {
      kind: 'question',
      id: 'c',
      text: 'C?',
      short: 'C',
      answers: [
        { value: 'again', label: 'again', next: 'a' },
        { value: 'done', label: 'done', next: 'd' },
      ],
    },
    d: { kind: 'outcome', id: 'd', cause: 'upstream-refused', short: 'D' },
  },
}

function homes(item: OutlineNode): string[] {
  const own = item.home ? [item.id] : []
  return [...own, ...item.branches.flatMap((b) => homes(b.next))]
}

it('writes each node once, nearest the root, and links it elsewhere', () => {
  const outline = outlineOf(LOOP)
  expect(homes(outline)).toEqual(['a', 'b', 'c', 'd'])
  // c is written under a (one step), not under b (two steps); b's way on links to it.
  expect(outline.branches[0]?.next.branches[0]?.next).toEqual({
    id: 'c',
    home: false,
    branches: [],
  })
  expect(outline.branches[1]?.next.branches[0]?.next).toEqual({
    id: 'a',
    home: false,
    branches: [],
  })
})

it('writes every reachable node of the real tree exactly once', () => {
  const written = homes(outlineOf(TREE))
  expect(new Set(written).size).toBe(written.length)
  expect(new Set(written)).toEqual(reachableNodes(TREE))
})
