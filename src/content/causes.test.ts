import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../core/causes.ts'
import { fillTemplate, SLOT_NAMES } from '../core/fix/fill-template.ts'
import { CAUSE_SUMMARIES } from './causes.ts'

describe('cause summaries', () => {
  it('cover exactly the contract cause ids', () => {
    expect(Object.keys(CAUSE_SUMMARIES).sort()).toEqual([...CAUSE_IDS].sort())
  })

  it.each(CAUSE_IDS)('%s uses only slots the engine can fill', (cause) => {
    const { firstCheck } = CAUSE_SUMMARIES[cause]
    const slots = [...firstCheck.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1])
    for (const slot of slots) expect(SLOT_NAMES).toContain(slot)
    const filled = fillTemplate(firstCheck, Object.fromEntries(SLOT_NAMES.map((n) => [n, 'x'])))
    expect(filled).not.toMatch(/<[a-zA-Z]+>/)
  })
})
