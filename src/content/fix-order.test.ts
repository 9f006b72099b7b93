import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../core/causes.ts'
import { FIX_IDS } from '../core/fix/fix-ids.ts'
import type { SetupAnswers } from '../core/fix/types.ts'
import { INCIDENTS } from '../core/log/corpus/index.ts'
import type { Incident } from '../core/log/corpus/types.ts'
import { createDiagnosisRun } from './engine.ts'
import { FIX_ODDS } from './fix-odds.ts'
import { fixIdsOf, setupFor } from './fix-order.ts'
import { CAUSE_GUIDES } from './guides/index.ts'

/** The first finding's fixes for a paste, in the page's order, for the setup given. */
function fixesFor(paste: string, given: SetupAnswers): string[] {
  const run = createDiagnosisRun()
  for (const line of paste.split('\n')) run.push(line)
  run.end()
  const findings = run.findings().map((d) => d.finding)
  return fixIdsOf(findings[0]!, setupFor(findings, given))
}

const read = INCIDENTS.filter((i) => i.unread === undefined)
const worked = (incident: Incident, fixes: readonly string[]): boolean =>
  fixes.some((fix) => incident.fixes.includes(fix))

describe("real incidents: the thread's fix is among the first two offered", () => {
  it.each(read.filter((i) => i.fixUnread === undefined))('$title ($fixes)', (incident) => {
    const fixes = fixesFor(incident.paste, incident.setup)
    expect(worked(incident, fixes.slice(0, 2)), `${incident.source}: ${fixes.join(' ')}`).toBe(true)
  })

  // What only the thread shows (`fixUnread` says what): once the guides lead there, say so.
  it.each(read.filter((i) => i.fixUnread !== undefined))('not yet: $title', (incident) => {
    const fixes = fixesFor(incident.paste, incident.setup)
    expect(worked(incident, fixes.slice(0, 2)), incident.source).toBe(false)
    // Never hidden: the thread's fix is still offered, further down.
    expect(worked(incident, fixes), incident.source).toBe(true)
  })

  it('over all of them: first in four of five with the setup, and in three of four without', () => {
    const share = (test: (incident: Incident) => boolean) => read.filter(test).length / read.length
    const first = (given: (i: Incident) => SetupAnswers) => (i: Incident) =>
      worked(i, fixesFor(i.paste, given(i)).slice(0, 1))
    const top2 = (given: (i: Incident) => SetupAnswers) => (i: Incident) =>
      worked(i, fixesFor(i.paste, given(i)).slice(0, 2))
    const theirs = (i: Incident) => i.setup
    const none = () => ({})
    expect(share(first(theirs))).toBeGreaterThanOrEqual(0.75)
    expect(share(top2(theirs))).toBeGreaterThanOrEqual(0.85)
    expect(share(first(none))).toBeGreaterThanOrEqual(0.7)
    expect(share(top2(none))).toBeGreaterThanOrEqual(0.8)
  })
})

describe('the fix-order table', () => {
  it.each(CAUSE_IDS)('%s: orders exactly the fixes its guide offers', (cause) => {
    const offered = new Set(CAUSE_GUIDES[cause].fix.map((option) => option.id))
    const ordered = new Set(FIX_ODDS[cause].map((row) => row.fix))
    expect([...ordered].sort()).toEqual([...offered].sort())
    for (const row of FIX_ODDS[cause]) expect(row.weight).toBeGreaterThan(0)
  })

  it('names only contract fix ids, and every incident does too', () => {
    for (const incident of INCIDENTS) {
      for (const fix of incident.fixes) expect(FIX_IDS, incident.source).toContain(fix)
    }
  })
})
