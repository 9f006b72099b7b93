import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../core/causes.ts'
import { CAUSE_SUMMARIES } from './causes.ts'

describe('cause summaries', () => {
  it('cover exactly the contract cause ids', () => {
    expect(Object.keys(CAUSE_SUMMARIES).sort()).toEqual([...CAUSE_IDS].sort())
  })
})
