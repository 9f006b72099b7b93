import { describe, expect, it } from 'vitest'
import { pathNeighbourhood, pathToMermaid } from './path-mermaid.ts'
import type { Tree } from './types.ts'
import { walkTree } from './walk.ts'

// `c` is one answer away from both questions, `f` two answers away from `b`.
const TREE: Tree = {
  root: 'a',
  nodes: {
    a: {
      kind: 'question',
      id: 'a',
      text: 'First?',
      short: 'First?',
      answers: [
        { value: 'go', label: 'Go on', next: 'b' },
        { value: 'skip', label: 'Skip', next: 'c' },
        { value: 'stop', label: 'Stop', next: 'd' },
      ],
    },
    b: {
      kind: 'question',
      id: 'b',
      text: 'Second?',
      short: 'Second?',
      answers: [
        { value: 'one', label: 'One', next: 'e' },
        { value: 'two', label: 'Two', next: 'c' },
        { value: 'three', label: 'Three', next: 'f' },
        { value: 'four', label: 'Four "4"', next: 'f' },
      ],
    },
    c: { kind: 'info', id: 'c', text: 'Do this', short: 'Do this', next: 'f' },
    d: { kind: 'outcome', id: 'd', cause: 'upstream-refused', short: 'Refused' },
    e: { kind: 'outcome', id: 'e', cause: 'upstream-read-timeout', short: 'Too slow' },
    f: { kind: 'outcome', id: 'f', cause: 'no-live-upstreams', short: 'All down' },
  },
}

describe('pathNeighbourhood', () => {
  it('lists the path once, each node with where its other answers lead', () => {
    const { path } = walkTree(TREE, { a: 'go' })
    expect(pathNeighbourhood(TREE, path)).toEqual([
      {
        node: 'a',
        taken: 'Go on',
        neighbours: [
          // Also a next step of the current node, which keeps the real id.
          { node: 'c', answers: ['Skip'], copy: true },
          { node: 'd', answers: ['Stop'], copy: false },
        ],
      },
      {
        node: 'b',
        taken: '',
        neighbours: [
          { node: 'e', answers: ['One'], copy: false },
          { node: 'c', answers: ['Two'], copy: false },
          { node: 'f', answers: ['Three', 'Four "4"'], copy: false },
        ],
      },
    ])
  })

  it('leaves out the nodes of the path and what an info node leads to', () => {
    const { path } = walkTree(TREE, { a: 'skip' }, {}, new Set(['c']))
    expect(pathNeighbourhood(TREE, path)).toEqual([
      {
        node: 'a',
        taken: 'Skip',
        neighbours: [
          { node: 'b', answers: ['Go on'], copy: false },
          { node: 'd', answers: ['Stop'], copy: false },
        ],
      },
      { node: 'c', taken: '', neighbours: [] },
      { node: 'f', taken: '', neighbours: [] },
    ])
  })

  it('skips unknown nodes and a node the path comes back to', () => {
    const path = [{ node: 'a', answer: 'go' }, { node: 'nowhere' }, { node: 'a' }]
    expect(pathNeighbourhood(TREE, path).map((stop) => stop.node)).toEqual(['a'])
  })
})

describe('pathToMermaid', () => {
  it('draws one column: each step, then a box of where its other answers lead', () => {
    const { path, current } = walkTree(TREE, { a: 'go' })
    expect(pathToMermaid(TREE, path, current)).toMatchInlineSnapshot(`
      "---
      config:
        flowchart:
          nodeSpacing: 30
          rankSpacing: 40
      ---
      flowchart TD
        n_a["First?<br>→ Go on"]
        n_b["Second?"]
        subgraph g_n_a ["Other answers"]
          direction LR
          c1_n_c["Skip → Do this"]
          n_d(["Stop → Refused"])
        end
        subgraph g_n_b ["Next steps"]
          direction LR
          n_e(["One → Too slow"])
          n_c["Two → Do this"]
          n_f(["Three / Four #quot;4#quot; → All down"])
        end
        n_a --> n_b
        n_a -.-> g_n_a
        g_n_a ~~~ n_b
        n_b -.-> g_n_b
        classDef path stroke-width:3px,stroke:#2563eb
        classDef current stroke-width:4px,stroke:#dc2626
        class n_a path
        class n_b current
        linkStyle 0 stroke-width:3px,stroke:#2563eb
      "
    `)
  })

  it('keeps the shapes of outcomes and highlights the whole path', () => {
    const { path, current } = walkTree(TREE, { a: 'go', b: 'three' })
    const text = pathToMermaid(TREE, path, current)
    expect(text).toContain('  n_b["Second?<br>→ Three"]')
    expect(text).toContain('  n_f(["All down"])')
    expect(text).toContain('  class n_a,n_b path')
    expect(text).toContain('  class n_f current')
    expect(text).toContain('  linkStyle 0,3 stroke-width:3px,stroke:#2563eb')
  })
})
