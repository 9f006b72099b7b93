import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../core/causes.ts'
import { fillTemplate, SLOT_NAMES } from '../core/fix/fill-template.ts'
import { inferAnswers } from '../core/tree/infer.ts'
import { reachableNodes, walkTree } from '../core/tree/walk.ts'
import { TREE } from './tree.ts'

const nodes = Object.values(TREE.nodes)
const SAMPLE = Object.fromEntries(SLOT_NAMES.map((name) => [name, 'sample']))

describe('the decision tree', () => {
  it('reaches every node from the root', () => {
    expect([...reachableNodes(TREE)].sort()).toEqual(Object.keys(TREE.nodes).sort())
  })

  it('points only at nodes that exist, with ids mermaid can use', () => {
    for (const node of nodes) {
      expect(node.id).toMatch(/^[A-Za-z0-9_]+$/)
      const next =
        node.kind === 'question'
          ? node.answers.map((a) => a.next)
          : node.kind === 'info'
            ? [node.next]
            : []
      for (const id of next) expect(TREE.nodes[id], `${node.id} -> ${id}`).toBeDefined()
    }
  })

  it('ends at an outcome for every cause but the access-log symptom', () => {
    const reached = new Set(nodes.flatMap((n) => (n.kind === 'outcome' ? [n.cause] : [])))
    expect([...reached].sort()).toEqual(CAUSE_IDS.filter((c) => c !== 'access-log-502').sort())
  })

  it.each(CAUSE_IDS.filter((c) => c !== 'access-log-502'))(
    'walks a log showing %s straight to its outcome',
    (cause) => {
      const { current, path } = walkTree(TREE, {}, inferAnswers(TREE, [cause]))
      const node = TREE.nodes[current]
      expect(node?.kind === 'outcome' && node.cause).toBe(cause)
      for (const step of path.slice(0, -1)) expect(step.source).toBe('log')
    },
  )

  it('sends someone with only access-log 502s to find the error log', () => {
    expect(walkTree(TREE, {}, inferAnswers(TREE, ['access-log-502'])).current).toBe('find_log')
  })

  it('offers the no-log path from the start', () => {
    expect(walkTree(TREE, { start: 'no-log' }).current).toBe('find_log')
  })

  it('has read-only commands that use known slots and parse as bash', () => {
    const commands = nodes.flatMap((n) => (n.kind === 'outcome' ? [] : (n.how ?? [])))
    expect(commands.length).toBeGreaterThan(5)
    for (const { text } of commands) {
      const filled = fillTemplate(text, SAMPLE)
      expect(filled, text).not.toMatch(/<[a-zA-Z]+>/)
      expect(spawnSync('bash', ['-n', '-c', filled]).status, filled).toBe(0)
    }
  })
})
