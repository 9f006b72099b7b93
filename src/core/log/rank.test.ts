import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../causes.ts'
import { CORPUS_LINES } from './corpus/index.ts'
import type { Finding } from './finding.ts'
import { createLogRun } from './run.ts'

// The root cause first (issue 9 §3), shown on genuine lines: the lab's real nginx, and lines
// people posted (corpus/). Where a test puts lines of two sources together, it says so.
const checks = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, []])) as Record<
  (typeof CAUSE_IDS)[number],
  []
>
const lab = (id: string): string =>
  readFileSync(new URL(`../../../lab/captured/${id}.log`, import.meta.url), 'utf8')
const posted = (needle: string): string => {
  const found = CORPUS_LINES.find((line) => line.text.includes(needle))
  if (found === undefined) throw new Error(`no corpus line holds ${needle}`)
  return found.text
}

function findings(...texts: string[]): Finding[] {
  const run = createLogRun({ checks })
  for (const line of texts.join('\n').split('\n')) run.push(line)
  run.end()
  return run.findings().map((d) => d.finding)
}

describe('the root cause first', () => {
  it('a group whose servers refused: the refusals explain "no live upstreams" (lab)', () => {
    const [first, ...rest] = findings(lab('no-live-upstreams'))
    expect(first?.cause).toBe('upstream-refused')
    expect(first?.explains).toContainEqual({ cause: 'no-live-upstreams', reason: 'group-servers' })
    expect(rest.map((f) => f.cause)).toContain('no-live-upstreams')
  })

  it('localhost refused at both [::1] and 127.0.0.1 is nothing listening, not IPv6 (lab)', () => {
    const found = findings(lab('localhost-pair'))
    const causes = found.map((f) => f.cause)
    expect(causes[0]).toBe('upstream-refused')
    expect(causes).not.toContain('upstream-refused-ipv6')
    const refused = found[0]!
    expect(refused.upstreams.map((u) => u.address).sort()).toEqual(
      [expect.stringMatching(/^127\.0\.0\.1:/), expect.stringMatching(/^\[::1\]:/)].sort(),
    )
    expect(refused.absorbed).toEqual([{ cause: 'upstream-refused-ipv6', lines: 1 }])
    expect(refused.explains).toContainEqual({
      cause: 'no-live-upstreams',
      reason: 'localhost-pair',
    })
  })

  it('keeps the IPv6 cause when 127.0.0.1 answers (lab: only [::1] refused)', () => {
    expect(findings(lab('refused-ipv6'))[0]?.cause).toBe('upstream-refused-ipv6')
  })

  it('an OOM kill explains the resets (a posted kernel line beside the lab resets)', () => {
    const oom = posted('Out of memory: Killed process 1154 (php)')
    const [first, second] = findings(lab('reset'), oom)
    expect(first?.cause).toBe('oom-kill')
    expect(first?.explains).toContainEqual({ cause: 'upstream-reset', reason: 'same-time' })
    expect(second?.cause).toBe('upstream-reset')
  })

  it('a crash years before the errors explains nothing and comes after them', () => {
    // PHP-FPM dated its line 2018; the lab's resets are of 2026.
    const crash = posted('[30-Dec-2018 15:09:04] WARNING: [pool rank.mightful-noobs.de] child')
    const found = findings(crash, lab('reset'))
    expect(found.map((f) => f.cause)).toEqual(['upstream-reset', 'access-log-502', 'backend-crash'])
    expect(found.find((f) => f.cause === 'backend-crash')?.explains).toEqual([])
  })

  it('an SELinux denial explains "Permission denied" (two posted lines)', () => {
    const avc = posted('avc:  denied  { name_connect } for  pid=5642 comm="nginx"')
    const denied = posted('connect() to unix:/var/run/php5-fpm.sock failed (13: Permission denied)')
    const [first] = findings(denied, avc)
    expect(first?.cause).toBe('selinux-denied')
    expect(first?.explains).toContainEqual({ cause: 'permission-denied', reason: 'denial' })
  })

  it('every error explains the access log’s 502s, which come last (lab)', () => {
    const found = findings(lab('refused'))
    expect(found.at(-1)?.cause).toBe('access-log-502')
    expect(found[0]?.explains).toContainEqual({ cause: 'access-log-502', reason: 'symptom' })
  })
})
