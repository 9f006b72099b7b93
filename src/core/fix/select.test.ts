import { describe, expect, it } from 'vitest'
import { fitOf, forSetup } from './select.ts'

describe('fitting steps to the setup', () => {
  it.each([
    [undefined, {}, 'fits'],
    [{ runtime: ['docker'] as const }, { runtime: 'docker' as const }, 'fits'],
    [{ runtime: ['docker'] as const }, { runtime: 'systemd' as const }, 'other-setup'],
    [{ runtime: ['docker'] as const }, {}, 'unknown'],
    [
      { runtime: ['docker'] as const, backend: ['node'] as const },
      { runtime: 'docker' as const },
      'unknown',
    ],
    [
      { runtime: ['docker'] as const, backend: ['node'] as const },
      { backend: 'php-fpm' as const },
      'other-setup',
    ],
  ])('%j with %j %s', (when, setup, fit) => {
    expect(fitOf(when, setup)).toBe(fit)
  })

  it('keeps what fits or might fit, drops what contradicts the setup', () => {
    const steps = [
      { id: 1 },
      { id: 2, when: { runtime: ['docker'] as const } },
      { id: 3, when: { runtime: ['kubernetes'] as const } },
    ]
    expect(forSetup(steps, { runtime: 'docker' }).map((s) => s.id)).toEqual([1, 2])
    expect(forSetup(steps, {}).map((s) => s.id)).toEqual([1, 2, 3])
  })
})
