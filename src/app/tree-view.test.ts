import { describe, expect, it } from 'vitest'
import { TREE } from '../content/tree.ts'
import { inferAnswers } from '../core/tree/infer.ts'
import { walkTree } from '../core/tree/walk.ts'
import { flowTargets, pathEntries, viewAt } from './tree-view.ts'

const fromLog = walkTree(TREE, {}, inferAnswers(TREE, ['upstream-refused-ipv6']))

describe('viewAt', () => {
  it('shows the walk as it is without a node to go back to', () => {
    expect(viewAt(fromLog, null)).toEqual({ path: fromLog.path, current: 'out_refused_ipv6' })
  })

  it('cuts the walk at a question the log answers and remembers its answer', () => {
    expect(viewAt(fromLog, 'message')).toEqual({
      path: [{ node: 'start', answer: 'log', source: 'log' }, { node: 'message' }],
      current: 'message',
      logAnswer: 'refused',
    })
  })

  it('ignores a node that is not on the path', () => {
    expect(viewAt(fromLog, 'dns').current).toBe('out_refused_ipv6')
  })
})

describe('pathEntries', () => {
  it('puts each step in words, marking what the log answered', () => {
    const walk = walkTree(TREE, { start: 'no-log' }, {}, new Set(['find_log']))
    expect(pathEntries(TREE, walk.path)).toEqual([
      {
        node: 'start',
        question: 'Start',
        answer: 'Only the error page (no log yet)',
        fromLog: false,
        fromConfig: false,
      },
      {
        node: 'find_log',
        question: 'Find the error log',
        answer: 'Done',
        fromLog: false,
        fromConfig: false,
      },
    ])
    expect(pathEntries(TREE, fromLog.path).map((e) => e.fromLog)).toEqual([true, true, true])
  })
})

describe('flowTargets', () => {
  it('offers the path to go back to and the next answers', () => {
    const walk = walkTree(TREE, { start: 'no-log' }, {}, new Set(['find_log']))
    const targets = flowTargets(TREE, viewAt(walk, null))
    expect(targets.get('start')?.action).toEqual({ kind: 'go-to', node: 'start' })
    expect(targets.get('why_down')).toEqual({
      label: 'Answer “No, it is stopped or keeps restarting”',
      action: { kind: 'answer', node: 'backend_running', value: 'not-running' },
    })
    expect(targets.has('backend_running')).toBe(false)
  })

  it('offers to continue past an info node', () => {
    const walk = walkTree(TREE, { start: 'no-log' })
    expect(flowTargets(TREE, viewAt(walk, null)).get('backend_running')?.action).toEqual({
      kind: 'pass',
      node: 'find_log',
    })
  })
})
