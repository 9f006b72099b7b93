import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../causes.ts'
import { analyzeText } from './analyze.ts'
import { PUBLIC_CASES } from './public-cases.ts'

// Lines people posted in public threads, exactly as posted (prefixes, redactions and all).
describe('real lines from public threads', () => {
  it.each(PUBLIC_CASES)('$cause: $line', ({ line, cause }) => {
    const results = analyzeText(line)
    expect(results).toHaveLength(1)
    expect(results[0]?.cause).toBe(cause)
  })

  it('cover every cause id at least twice, and the look-alikes', () => {
    for (const cause of CAUSE_IDS) {
      expect(PUBLIC_CASES.filter((c) => c.cause === cause).length, cause).toBeGreaterThanOrEqual(2)
    }
    expect(PUBLIC_CASES.filter((c) => c.cause === null).length).toBeGreaterThanOrEqual(12)
  })

  it('say where each line was posted', () => {
    for (const { source } of PUBLIC_CASES) expect(source).toMatch(/^https:\/\//)
  })
})
