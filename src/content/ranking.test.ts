import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../core/causes.ts'
import { CAUSE_RANK } from '../core/log/rank.ts'
import { createDiagnosisRun } from './engine.ts'
import {
  BAND_REASONS,
  CAUSE_REASONS,
  explanationOf,
  findingNotes,
  rankBand,
  rankReason,
  startHereReason,
} from './ranking.ts'

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

describe('what a finding explains, in words (lab lines)', () => {
  const findingsOf = (id: string) => {
    const run = createDiagnosisRun()
    const text = readFileSync(new URL(`../../lab/captured/${id}.log`, import.meta.url), 'utf8')
    for (const line of text.split('\n')) run.push(line)
    run.end()
    return run.findings().map((d) => d.finding)
  }

  it('says localhost is two servers, both refused, and nothing listens', () => {
    const found = findingsOf('localhost-pair')
    expect(startHereReason(found)).toMatch(/`localhost` is two servers.*both refused/)
    expect(findingNotes(found[0]!, true).join(' ')).toMatch(/Includes 1 line refused at `\[::1\]`/)
  })

  it('says which servers’ failures left nginx without one', () => {
    const found = findingsOf('no-live-upstreams')
    expect(explanationOf(found[0]!)).toMatch(/no server left to try/)
  })

  it('falls back to why its band comes first when it explains nothing but the 502s', () => {
    const found = findingsOf('refused')
    expect(explanationOf(found[0]!)).toBeNull()
    expect(startHereReason(found)).toMatch(/access log/)
  })
})
