import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze.ts'
import type { CauseId } from '../causes.ts'
import { emptyFinding, MAX_EXAMPLES, type Finding } from './finding.ts'
import { createFindingsCollector, mergeFindings } from './findings.ts'
import { rankFindings } from './rank.ts'

const lab = (id: string): string =>
  readFileSync(new URL(`../../../lab/captured/${id}.log`, import.meta.url), 'utf8')

function findingsOf(text: string): Finding[] {
  const collector = createFindingsCollector()
  for (const result of analyzeText(text)) collector.add(result, result.text)
  return collector.findings()
}

describe('findings', () => {
  it('group lines by cause with counts, times, statuses, upstreams and servers', () => {
    const findings = findingsOf(lab('no-live-upstreams'))
    const noLive = findings.find((f) => f.cause === 'no-live-upstreams')
    const refused = findings.find((f) => f.cause === 'upstream-refused')
    expect(noLive?.lines).toBeGreaterThan(0)
    expect(noLive?.statuses).toEqual([502])
    expect(noLive?.upstreams.map((u) => u.address)).toEqual(['lab_dead_pool'])
    expect(noLive?.servers).toEqual(['lab-no-live-upstreams'])
    // Two dead servers in the group: the refusals name both, each with its own count.
    expect(refused?.upstreams).toHaveLength(2)
    expect(refused?.upstreams.reduce((sum, u) => sum + u.lines, 0)).toBe(refused?.lines)
    expect(noLive?.first).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d$/)
    expect(noLive!.first! <= noLive!.last!).toBe(true)
  })

  it('name the host a DNS failure could not resolve as its upstream', () => {
    for (const [id, cause] of [
      ['no-resolver', 'dns-no-resolver'],
      ['resolver-down', 'dns-resolve-failed'],
    ] as const) {
      const finding = findingsOf(lab(id)).find((f) => f.cause === cause)
      // resolver-down also has lines about the resolver itself, which name no host: the
      // sample that fills the fix is the first line that does.
      expect(finding?.upstreams.map((u) => u.address)).toEqual(['backend.invalid'])
      expect(finding?.sample.resolve).toBe('backend.invalid')
    }
  })

  it('keep that sample when a log is read in two parts and only the later one names it', () => {
    const lines = lab('resolver-down').split('\n')
    const part = (text: string) => findingsOf(lines.filter((l) => l.includes(text)).join('\n'))
    const merged = mergeFindings(part('while resolving'), part('could not be resolved'))
    expect(merged.find((f) => f.cause === 'dns-resolve-failed')?.sample.resolve).toBe(
      'backend.invalid',
    )
  })

  it('put the refusals that caused "no live upstreams" before it', () => {
    const causes = findingsOf(lab('no-live-upstreams')).map((f) => f.cause)
    expect(causes.indexOf('upstream-refused')).toBeLessThan(causes.indexOf('no-live-upstreams'))
    expect(causes.at(-1)).toBe('access-log-502')
  })

  it('keep the first lines as examples, and no more than a few', () => {
    const text = Array.from({ length: 20 }, () => lab('refused').split('\n')[0]).join('\n')
    const [finding] = findingsOf(text)
    expect(finding?.lines).toBe(20)
    expect(finding?.examples.map((e) => e.line)).toEqual([1, 2, 3].slice(0, MAX_EXAMPLES))
  })

  it('count a wrapped entry once', () => {
    const line = lab('refused').split('\n')[0] ?? ''
    const wrapped = line.match(/.{1,80}/g)?.join('\n') ?? ''
    expect(findingsOf(wrapped)).toMatchObject([{ cause: 'upstream-refused', lines: 1 }])
  })

  it('rank a root cause from another log above the nginx error it explains', () => {
    const oom =
      '[ 8102.551] Out of memory: Killed process 4242 (node) total-vm:2048000kB, anon-rss:1900000kB'
    const findings = findingsOf(`${lab('refused')}\n${oom}`)
    expect(findings.map((f) => f.cause).slice(0, 2)).toEqual(['oom-kill', 'upstream-refused'])
  })

  it('rank equal causes by more lines first', () => {
    const finding = (cause: CauseId, lines: number) => ({
      ...emptyFinding(cause, { source: 'unknown' }),
      lines,
    })
    const ranked = rankFindings([
      finding('upstream-reset', 2),
      finding('upstream-refused', 1),
      finding('upstream-refused-ipv6', 1),
    ])
    expect(ranked.map((f) => f.cause)).toEqual([
      'upstream-refused-ipv6',
      'upstream-refused',
      'upstream-reset',
    ])
  })
})
