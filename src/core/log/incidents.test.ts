import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../causes.ts'
import { INCIDENTS } from './corpus/index.ts'
import { createLogRun } from './run.ts'

// Real incidents from public threads whose resolution is known (corpus/incidents-*.ts): read
// as the page and the command line read them, the first finding must be the thread's root
// cause. `checks` only fill the first check, which these tests do not look at.
const checks = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, []])) as Record<
  (typeof CAUSE_IDS)[number],
  []
>

function rankedCauses(paste: string): string[] {
  const run = createLogRun({ checks })
  for (const line of paste.split('\n')) run.push(line)
  run.end()
  return run.findings().map(({ finding }) => finding.cause)
}

describe('real incidents: the root cause comes first', () => {
  it.each(INCIDENTS.filter((i) => i.unread === undefined))(
    '$title ($rootCause)',
    ({ paste, rootCause, source }) => {
      expect(rankedCauses(paste)[0], source).toBe(rootCause)
    },
  )

  // What only the thread shows: if the reader starts to name these, say so by removing `unread`.
  it.each(INCIDENTS.filter((i) => i.unread !== undefined))(
    'still unread: $title',
    ({ paste, rootCause, source }) => {
      expect(rankedCauses(paste)[0], source).not.toBe(rootCause)
    },
  )
})

describe('the incidents themselves', () => {
  it('are at least 40, each with its thread, a resolution and the fix that worked', () => {
    expect(INCIDENTS.length).toBeGreaterThanOrEqual(100)
    for (const incident of INCIDENTS) {
      expect(incident.source).toMatch(/^https:\/\/\S+$/)
      expect(incident.resolution.length).toBeGreaterThan(10)
      expect(incident.fixes.length).toBeGreaterThan(0)
      expect(incident.paste.trim()).not.toBe('')
    }
  })

  it('are each a thread of their own', () => {
    const sources = INCIDENTS.map((incident) => incident.source)
    expect(new Set(sources).size).toBe(sources.length)
  })
})
