import { describe, expect, it } from 'vitest'
import { CAUSE_GUIDES } from '../content/guides/index.ts'
import { orderedFixes } from '../content/fix-order.ts'
import type { CauseId } from '../core/causes.ts'
import type { SetupAnswers } from '../core/fix/types.ts'
import { emptyFinding } from '../core/log/finding.ts'
import { showGuide, stepKey, type ShownGuide } from './guide-shown.ts'

function shownFor(cause: CauseId, setup: SetupAnswers): ShownGuide {
  const ranked = orderedFixes(emptyFinding(cause, { source: 'unknown' }), setup)
  return showGuide(CAUSE_GUIDES[cause], setup, ranked)
}

const texts = (shown: ShownGuide): string[] => [
  ...shown.confirm.map((s) => s.step.text),
  ...shown.fix.flatMap((o) => o.steps.map((s) => s.step.text)),
]

describe('showGuide', () => {
  it('shows every runtime variant, labelled, while the runtime is not known', () => {
    const shown = shownFor('upstream-refused', {})
    const start = shown.fix.find((o) => o.option.id === 'start-backend')?.steps ?? []
    expect(start.find((s) => s.step.text.startsWith('sudo systemctl start'))?.forSetup).toBe(
      'systemd',
    )
    expect(start.find((s) => s.step.text.startsWith('docker compose up'))?.forSetup).toBe('Docker')
  })

  it('answering Docker swaps systemd steps for Docker ones', () => {
    const shown = texts(shownFor('upstream-refused', { runtime: 'docker' }))
    expect(shown.some((t) => t.startsWith('docker compose up -d'))).toBe(true)
    expect(shown.some((t) => t.includes('systemctl start {service}'))).toBe(false)
  })

  it('keeps options for another setup, last, with all their steps, and lists the slots used', () => {
    const onHost = shownFor('upstream-refused', { location: 'same-host' })
    const last = onHost.fix.at(-1)!
    expect(last.fit).toBe('other-setup')
    expect(last.steps.length).toBe(last.option.steps.length)
    expect(onHost.fix.findIndex((o) => o.fit === 'other-setup')).toBeGreaterThan(0)
    expect(
      onHost.fix
        .slice(onHost.fix.findIndex((o) => o.fit === 'other-setup'))
        .every((o) => o.fit === 'other-setup'),
    ).toBe(true)
    expect(onHost.slots).toContain('service')
    expect(onHost.slots).toContain('port')
  })

  it.each(Object.keys(CAUSE_GUIDES))('%s: no two shown steps of one list share a text', (cause) => {
    for (const setup of [{}, { runtime: 'docker' }] as SetupAnswers[]) {
      const shown = shownFor(cause as CauseId, setup)
      const lists = [shown.confirm, ...shown.fix.map((o) => o.steps)]
      for (const list of lists) {
        const keys = list.map((s) => stepKey(s.step))
        expect(new Set(keys).size).toBe(keys.length)
      }
      const titles = shown.fix.map((o) => o.option.title)
      expect(new Set(titles).size).toBe(titles.length)
    }
  })
})
