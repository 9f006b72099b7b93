import { describe, expect, it } from 'vitest'
import { inferAnswers } from './infer.ts'
import { escapeLabel, toMermaid } from './to-mermaid.ts'
import type { Tree } from './types.ts'
import { reachableNodes, walkTree } from './walk.ts'

// A tiny tree: the engine is tested on fixtures, the real tree by content invariants.
const TREE: Tree = {
  root: 'log',
  nodes: {
    log: {
      kind: 'question',
      id: 'log',
      text: 'Do you have the error log?',
      short: 'Error log?',
      answers: [
        { value: 'yes', label: 'Yes', next: 'msg', causes: 'any' },
        { value: 'no', label: 'No', next: 'find' },
      ],
    },
    find: { kind: 'info', id: 'find', text: 'Find it', short: 'Find the log', next: 'msg' },
    msg: {
      kind: 'question',
      id: 'msg',
      text: 'What does it say?',
      short: 'Message?',
      answers: [
        {
          value: 'refused',
          label: 'Connection refused',
          next: 'refused',
          causes: ['upstream-refused'],
        },
        {
          value: 'timeout',
          label: 'timed out',
          next: 'timeout',
          causes: ['upstream-read-timeout'],
        },
      ],
    },
    refused: {
      kind: 'outcome',
      id: 'refused',
      cause: 'upstream-refused',
      short: 'Nothing listens',
    },
    timeout: { kind: 'outcome', id: 'timeout', cause: 'upstream-read-timeout', short: 'Too slow' },
  },
}

describe('walkTree', () => {
  it('stops at the first unanswered question', () => {
    expect(walkTree(TREE, {})).toEqual({ path: [{ node: 'log' }], current: 'log' })
  })

  it('follows answers to an outcome, marking who answered', () => {
    const { path, current } = walkTree(TREE, { log: 'yes' }, { msg: 'timeout' })
    expect(current).toBe('timeout')
    expect(path).toEqual([
      { node: 'log', answer: 'yes', source: 'user' },
      { node: 'msg', answer: 'timeout', source: 'log' },
      { node: 'timeout' },
    ])
  })

  it("lets the person's answer override the log's", () => {
    expect(walkTree(TREE, { log: 'yes', msg: 'refused' }, { msg: 'timeout' }).current).toBe(
      'refused',
    )
  })

  it('waits at an info node until it is passed', () => {
    expect(walkTree(TREE, { log: 'no' }).current).toBe('find')
    expect(walkTree(TREE, { log: 'no' }, {}, new Set(['find'])).current).toBe('msg')
  })

  it('ignores an answer that is not one of the choices (a tampered link)', () => {
    expect(walkTree(TREE, { log: 'maybe' }).current).toBe('log')
  })

  it('ends on a loop instead of spinning', () => {
    const loop: Tree = {
      root: 'a',
      nodes: { a: { kind: 'info', id: 'a', text: 'a', short: 'a', next: 'a' } },
    }
    expect(walkTree(loop, {}, {}, new Set(['a'])).current).toBe('a')
  })
})

describe('inferAnswers', () => {
  it('answers from the highest-ranked cause the log shows', () => {
    expect(inferAnswers(TREE, ['upstream-read-timeout', 'upstream-refused'])).toEqual({
      log: 'yes',
      msg: 'timeout',
    })
  })

  it('answers nothing without findings', () => {
    expect(inferAnswers(TREE, [])).toEqual({})
  })
})

describe('toMermaid', () => {
  it('draws every node and edge, highlighting the path and the current node', () => {
    const { path, current } = walkTree(TREE, { log: 'yes', msg: 'refused' })
    expect(toMermaid(TREE, { path, current })).toMatchInlineSnapshot(`
      "flowchart TD
        n_log{"Error log?"}
        n_find["Find the log"]
        n_msg{"Message?"}
        n_refused(["Nothing listens"])
        n_timeout(["Too slow"])
        n_log -->|"Yes"| n_msg
        n_log -->|"No"| n_find
        n_find --> n_msg
        n_msg -->|"Connection refused"| n_refused
        n_msg -->|"timed out"| n_timeout
        classDef path stroke-width:3px,stroke:#2563eb
        classDef current stroke-width:4px,stroke:#dc2626
        class n_log,n_msg path
        class n_refused current
        linkStyle 0,3 stroke-width:3px,stroke:#2563eb
      "
    `)
  })

  it('escapes anything that could break out of a label', () => {
    expect(escapeLabel('a "b" <img onerror=x> [c] {d} (e) | `f` #g & h\nend')).toBe(
      'a #quot;b#quot; #lt;img onerror=x#gt; #91;c#93; #123;d#125; #40;e#41; #124; #96;f#96; #35;g #amp; h end',
    )
  })

  it('reaches every node of the fixture', () => {
    expect([...reachableNodes(TREE)].sort()).toEqual(Object.keys(TREE.nodes).sort())
  })
})
