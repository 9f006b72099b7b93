// @vitest-environment jsdom
import { expect, it } from 'vitest'
import { TREE } from '../content/tree.ts'
import { inferAnswers } from '../core/tree/infer.ts'
import { pathToMermaid } from '../core/tree/path-mermaid.ts'
import { toMermaid } from '../core/tree/to-mermaid.ts'
import { walkTree } from '../core/tree/walk.ts'
import { parsesAsMermaid } from './mermaid.ts'

// The flowchart text is generated from the tree data; mermaid itself must accept it, with
// and without a highlighted path, and with labels full of characters that need escaping.
it('mermaid parses the generated flowchart of the real tree', async () => {
  const { path, current } = walkTree(TREE, {}, inferAnswers(TREE, ['upstream-refused-ipv6']))
  expect(await parsesAsMermaid(toMermaid(TREE))).toBe(true)
  expect(await parsesAsMermaid(toMermaid(TREE, { path, current }))).toBe(true)
  expect(await parsesAsMermaid(pathToMermaid(TREE, path, current))).toBe(true)
  expect(await parsesAsMermaid(pathToMermaid(TREE, path.slice(0, 2), path[1]!.node))).toBe(true)
})

it('mermaid parses labels with quotes, brackets, pipes and markup', async () => {
  const tree = {
    root: 'a',
    nodes: {
      a: {
        kind: 'info' as const,
        id: 'a',
        text: '',
        short: 'say "hi" [x] {y} (z) | <b> #1 & end',
        next: 'b',
      },
      b: { kind: 'outcome' as const, id: 'b', cause: 'upstream-refused' as const, short: 'end' },
    },
  }
  expect(await parsesAsMermaid(toMermaid(tree))).toBe(true)
})

it('mermaid rejects broken text (the check is not vacuous)', async () => {
  expect(await parsesAsMermaid('flowchart TD\n  a["unclosed')).toBe(false)
})
