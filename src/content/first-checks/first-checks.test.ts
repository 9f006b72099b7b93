import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../../core/causes.ts'
import { SLOT_NAMES, slotsIn } from '../../core/fix/fill-template.ts'
import { CAUSE_GUIDES } from '../guides/index.ts'
import { FIRST_CHECKS } from './index.ts'

describe('first checks', () => {
  it('cover exactly the contract cause ids', () => {
    expect(Object.keys(FIRST_CHECKS).sort()).toEqual([...CAUSE_IDS].sort())
  })

  it.each(CAUSE_IDS)('%s: a few read-only steps, each saying what its output means', (cause) => {
    const steps = FIRST_CHECKS[cause]
    expect(steps.length).toBeGreaterThan(0)
    expect(steps.length).toBeLessThanOrEqual(5)
    for (const step of steps) {
      expect(step.expect ?? '', step.text).not.toBe('')
      for (const slot of slotsIn(step.text)) expect(SLOT_NAMES).toContain(slot)
      // A FastCGI socket or port does not speak HTTP.
      expect(step.text).not.toMatch(/curl[^\n]*(--unix-socket[^\n]*fpm|:9000)/)
    }
  })

  it.each(CAUSE_IDS)('%s: the guide checks start with them, in order', (cause) => {
    const steps = FIRST_CHECKS[cause]
    expect(CAUSE_GUIDES[cause].confirm.slice(0, steps.length)).toEqual(steps)
  })
})
