import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../core/causes.ts'
import { CAUSE_RANK } from '../core/log/rank.ts'
import { BAND_REASONS, CAUSE_REASONS, rankBand, rankReason } from './ranking.ts'

describe('why the first finding ranks first', () => {
  it('has a sentence for every cause that can come first', () => {
    for (const cause of CAUSE_IDS) {
      const reason = rankReason([cause, 'access-log-502'])
      expect(reason).toBeTruthy()
    }
  })

  it('keeps bands in rank order', () => {
    const order = ['other-program', 'config', 'runtime', 'consequence', 'symptom']
    const sorted = [...CAUSE_IDS].sort((a, b) => CAUSE_RANK[a] - CAUSE_RANK[b])
    const bands = sorted.map((c) => order.indexOf(rankBand(c)))
    expect(bands).toEqual([...bands].sort((a, b) => a - b))
  })

  it('says nothing about a single finding', () => {
    expect(rankReason(['upstream-refused'])).toBeNull()
    expect(rankReason([])).toBeNull()
  })

  it('explains an OOM kill before the refusals it causes', () => {
    expect(rankReason(['oom-kill', 'upstream-refused'])).toMatch(/out-of-memory kill/)
  })

  it('puts configuration before runtime errors', () => {
    expect(rankReason(['socket-missing', 'upstream-read-timeout'])).toBe(BAND_REASONS.config)
  })

  it('points at the access log when only its 502s follow', () => {
    expect(rankReason(['upstream-refused', 'access-log-502'])).toMatch(/access log/)
  })

  it('never repeats the "Start here" label the page shows above it', () => {
    for (const text of [...Object.values(BAND_REASONS), ...Object.values(CAUSE_REASONS)]) {
      expect(text.toLowerCase()).not.toContain('start here')
    }
  })
})
