import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../log/analyze.ts'
import { createFindingsCollector } from '../log/findings.ts'
import { decodePermalink, encodePermalink } from '../permalink/codec.ts'
import { buildShare } from './payload.ts'
import { withSharedCounts } from './shared-counts.ts'

const lab = (id: string): string =>
  readFileSync(new URL(`../../../lab/captured/${id}.log`, import.meta.url), 'utf8')

function findingsOf(text: string) {
  const collector = createFindingsCollector()
  for (const r of analyzeText(text)) collector.add(r, r.text)
  return collector.findings()
}

// Five causes at once, as in a bad night: the link must stay short enough to paste anywhere.
const TEXT = [
  'no-live-upstreams',
  'socket-missing',
  'resolver-down',
  'read-timeout',
  'tls-to-plain',
]
  .map(lab)
  .join('\n')

describe('the shared diagnosis', () => {
  const findings = findingsOf(TEXT)
  const share = buildShare({
    text: TEXT,
    findings,
    answers: { start: 'log' },
    setup: { runtime: 'docker' },
    slots: { service: 'shop' },
    chosen: findings[0]?.cause ?? null,
  })
  const link = encodePermalink(share)

  it('fits a typical diagnosis (five findings) in under 2,000 characters', () => {
    expect(findings.length).toBeGreaterThanOrEqual(5)
    expect(link.length).toBeLessThan(2000)
  })

  it('reopens with the same findings and counts, answers, setup and values', () => {
    const decoded = decodePermalink(link)
    if (!decoded.ok) throw new Error(decoded.reason)
    const { diagnosis } = decoded
    const reopened = withSharedCounts(findingsOf(diagnosis.lines.join('\n')), diagnosis)
    expect(reopened.map((f) => [f.cause, f.lines])).toEqual(findings.map((f) => [f.cause, f.lines]))
    expect(diagnosis).toMatchObject({
      answers: { start: 'log' },
      setup: { runtime: 'docker' },
      slots: { service: 'shop' },
      chosen: findings[0]?.cause,
    })
  })

  it('carries only a couple of lines per finding unless the whole log is asked for', () => {
    expect(share.lines.length).toBeLessThanOrEqual(findings.length * 2)
    const whole = buildShare({ text: TEXT, findings, wholeLog: true })
    expect(whole.whole).toBe(true)
    expect(whole.lines.length).toBe(TEXT.split('\n').filter((l) => l.trim() !== '').length)
    expect(whole.counts).toBeUndefined()
  })

  it('redacts what it carries by default', () => {
    const loud = buildShare({
      text: '',
      findings: findingsOf(
        lab('refused')
          .replaceAll('127.0.0.1', '203.0.113.7')
          .replaceAll('lab-refused', 'shop.example.com'),
      ),
    })
    expect(loud.lines.join('\n')).not.toMatch(/203\.0\.113\.7|shop\.example\.com/)
  })
})
