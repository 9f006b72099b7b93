import { describe, expect, it } from 'vitest'
import { CAUSE_IDS, type CauseId } from '../core/causes.ts'
import type { SetupAnswers, Step } from '../core/fix/types.ts'
import { emptyFinding } from '../core/log/finding.ts'
import { forSetup } from '../core/fix/select.ts'
import { FIRST_CHECKS } from './first-checks/index.ts'
import { orderedFixes } from './fix-order.ts'
import { CAUSE_GUIDES } from './guides/index.ts'

// What the guides must never tell a person (issue 10 §2), checked on every step they show.
function shownSteps(cause: CauseId, setup: SetupAnswers): Step[] {
  const guide = CAUSE_GUIDES[cause]
  const fixes = orderedFixes(emptyFinding(cause, { source: 'unknown' }), setup)
    .filter((ranked) => ranked.fit !== 'other-setup')
    .flatMap((ranked) => forSetup(ranked.offered.steps, setup))
  return [...forSetup(guide.confirm, setup), ...fixes]
}

const everyStep = (cause: CauseId): Step[] => [
  ...CAUSE_GUIDES[cause].confirm,
  ...CAUSE_GUIDES[cause].fix.flatMap((option) => option.steps),
  ...FIRST_CHECKS[cause],
]

describe('advice the guides never give', () => {
  it.each(CAUSE_IDS)(
    '%s: no curl to a FastCGI socket or port (it does not speak HTTP)',
    (cause) => {
      for (const step of everyStep(cause)) {
        if (step.kind !== 'command') continue
        expect(step.text, step.text).not.toMatch(/curl[^\n]*(--unix-socket[^\n]*fpm|:9000\b)/)
        const fastcgi = step.when?.backend?.length === 1 && step.when.backend[0] === 'php-fpm'
        if (fastcgi) expect(step.text, step.text).not.toMatch(/\bcurl\b[^\n]*\{(address|socket)\}/)
      }
    },
  )

  it.each(CAUSE_IDS)('%s: no proxy_pass https:// for a uWSGI or PHP-FPM backend', (cause) => {
    for (const backend of ['uwsgi', 'php-fpm'] as const) {
      for (const step of shownSteps(cause, { backend })) {
        expect(step.text, `${backend}: ${step.text}`).not.toMatch(/proxy_pass\s+https:\/\//)
      }
    }
  })

  it.each(CAUSE_IDS)(
    '%s: between containers, never nginx’s 127.0.0.1 as the way to the backend',
    (cause) => {
      const setup: SetupAnswers = { location: 'container', runtime: 'docker' }
      const fixes = orderedFixes(emptyFinding(cause, { source: 'unknown' }), setup)
        .filter(
          (ranked) => ranked.fit !== 'other-setup' && ranked.offered.id !== 'use-ipv4-loopback',
        )
        .flatMap((ranked) => forSetup(ranked.offered.steps, setup))
      for (const step of fixes) {
        if (step.kind !== 'snippet' || step.language !== 'nginx') continue
        expect(step.text, step.text).not.toMatch(
          /(proxy|fastcgi|uwsgi)_pass\s+(https?:\/\/)?(127\.0\.0\.1|localhost)\b/,
        )
      }
    },
  )
})
