import { describe, expect, it } from 'vitest'
import { CORPUS_CONFIGS } from '../core/config/corpus/configs.ts'
import { readConfigPaste } from '../core/config/dump.ts'
import { walkTree } from '../core/tree/walk.ts'
import { TREE } from './tree.ts'
import { treeAnswersFromConfig } from './tree-config.ts'

const answersOf = (title: string) => {
  const config = CORPUS_CONFIGS.find((c) => c.title.startsWith(title))
  if (config === undefined) throw new Error(`no corpus config "${title}"`)
  return treeAnswersFromConfig(readConfigPaste(config.text))
}

describe('the tree questions a real config answers', () => {
  it.each([
    ['php-fpm in another container', { dns: 'missing', ipv6: 'no' }],
    ['graphite-web behind localhost', { dns: 'missing', ipv6: 'yes' }],
    ['Sentry self-hosted', { dns: 'present', ipv6: 'no' }],
    ['proxy_pass to a variable host with no resolver', { dns: 'missing', ipv6: 'no' }],
  ])('%s', (title, answers) => {
    expect(answersOf(title)).toEqual(answers)
  })

  it('a config without a *_pass answers nothing', () => {
    expect(treeAnswersFromConfig(readConfigPaste('#user  nobody;'))).toEqual({})
  })

  it('every answer is one the tree has', () => {
    for (const config of CORPUS_CONFIGS) {
      for (const [node, value] of Object.entries(
        treeAnswersFromConfig(readConfigPaste(config.text)),
      )) {
        const question = TREE.nodes[node]
        expect(question?.kind, node).toBe('question')
        if (question?.kind === 'question')
          expect(question.answers.map((a) => a.value)).toContain(value)
      }
    }
  })

  it('the walk takes them after the person’s and the log’s, marked as the config’s', () => {
    const fromConfig = answersOf('graphite-web behind localhost')
    const walk = walkTree(TREE, { start: 'log', message: 'refused' }, {}, new Set(), fromConfig)
    const step = walk.path.find((s) => s.node === 'ipv6')
    expect(step).toMatchObject({ answer: 'yes', source: 'config' })
    const mine = walkTree(
      TREE,
      { start: 'log', message: 'refused', ipv6: 'no' },
      {},
      new Set(),
      fromConfig,
    )
    expect(mine.path.find((s) => s.node === 'ipv6')).toMatchObject({ answer: 'no', source: 'user' })
  })
})
