import { describe, expect, it } from 'vitest'
import { CAUSE_GUIDES } from '../content/guides/index.ts'
import type { SetupAnswers } from '../core/fix/types.ts'
import { showGuide, type ShownGuide } from './guide-shown.ts'

const texts = (shown: ShownGuide): string[] => [
  ...shown.confirm.map((s) => s.step.text),
  ...shown.fix.flatMap((o) => o.steps.map((s) => s.step.text)),
]

describe('showGuide', () => {
  const refused = CAUSE_GUIDES['upstream-refused']

  it('shows every runtime variant, labelled, while the runtime is not known', () => {
    const shown = showGuide(refused, {})
    const start = shown.fix[0]?.steps ?? []
    expect(start.find((s) => s.step.text.startsWith('sudo systemctl start'))?.forSetup).toBe(
      'systemd',
    )
    expect(start.find((s) => s.step.text.startsWith('docker compose up'))?.forSetup).toBe('Docker')
  })

  it('answering Docker swaps systemd steps for Docker ones', () => {
    const shown = texts(showGuide(refused, { runtime: 'docker' }))
    expect(shown.some((t) => t.startsWith('docker compose up -d'))).toBe(true)
    expect(shown.some((t) => t.includes('systemctl start {service}'))).toBe(false)
  })

  it('drops options for another setup and lists the slots still used', () => {
    const onHost = showGuide(refused, { location: 'same-host' })
    expect(onHost.fix.map((o) => o.option.title).join()).not.toMatch(/In containers/)
    expect(onHost.slots).toContain('service')
    expect(onHost.slots).toContain('port')
  })

  it.each(Object.keys(CAUSE_GUIDES))('%s: no two shown steps of one list share a text', (cause) => {
    const guide = CAUSE_GUIDES[cause as keyof typeof CAUSE_GUIDES]
    for (const setup of [{}, { runtime: 'docker' }] as SetupAnswers[]) {
      const shown = showGuide(guide, setup)
      const lists = [shown.confirm, ...shown.fix.map((o) => o.steps)]
      for (const list of lists) {
        const keys = list.map((s) => s.step.text)
        expect(new Set(keys).size).toBe(keys.length)
      }
      const titles = shown.fix.map((o) => o.option.title)
      expect(new Set(titles).size).toBe(titles.length)
    }
  })
})
