import { passTarget } from '../core/config/pass-target.ts'
import type { ParsedConfig } from '../core/config/types.ts'
import { placedDirectives } from '../core/config/walk.ts'
import type { Answers } from '../core/tree/walk.ts'

/**
 * The tree's questions a pasted configuration answers: whether a `resolver` is set (`dns`)
 * and whether a backend is `localhost` or `::1` (`ipv6`). Only what the config says for
 * certain: a config with no `*_pass` at all answers neither.
 */
export function treeAnswersFromConfig(config: ParsedConfig): Answers {
  const placed = placedDirectives(config.main)
  const targets = placed.flatMap(({ directive, parents }) => {
    const inGroup = directive.name === 'server' && parents.at(-1)?.name === 'upstream'
    const target = passTarget(inGroup ? { ...directive, name: 'proxy_pass' } : directive)
    return target === null ? [] : [target]
  })
  if (targets.length === 0) return {}
  const answers: Record<string, string> = {}
  answers.dns = placed.some((p) => p.directive.name === 'resolver') ? 'present' : 'missing'
  const v6 = targets.some((t) => t.host === 'localhost' || t.host === '::1' || t.host === '::')
  answers.ipv6 = v6 ? 'yes' : 'no'
  return answers
}
