import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { CauseId } from '../causes.ts'
import { analyzeText } from './analyze.ts'

// Genuine lines written by the real nginx in the lab (`npm run lab:capture`), not typed by hand.
const DIR = new URL('../../../lab/captured/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as {
  id: string
  cause: CauseId | null
}[]

// Causes that a scenario legitimately produces besides its own: a group is only marked down
// after its servers refused, and a dropped request shows up as a client abort.
const ALSO: Partial<Record<string, CauseId[]>> = {
  'no-live-upstreams': ['upstream-refused'],
  'localhost-pair': ['upstream-refused', 'upstream-refused-ipv6'],
  // Whether the kernel reports a closed socket as EPIPE or ECONNRESET depends on timing.
  'broken-pipe': ['upstream-reset'],
}

describe.each(manifest.filter((entry) => entry.cause !== null))(
  'lab sample $id',
  ({ id, cause }) => {
    const text = readFileSync(new URL(`${id}.log`, DIR), 'utf8')
    const results = analyzeText(text)

    it(`names ${cause}`, () => {
      expect(results.map((r) => r.cause)).toContain(cause)
    })

    it('gives every nginx [error]/[crit]/[alert] line a cause it can explain', () => {
      const allowed = new Set<CauseId | null>([cause, ...(ALSO[id] ?? [])])
      const errors = results.filter(
        (r) => r.facts.source === 'nginx-error' && isSevere(r.facts.level),
      )
      expect(errors.length).toBeGreaterThan(0)
      for (const result of errors) expect(allowed.has(result.cause), result.text).toBe(true)
    })

    it('counts 502/504 access lines as the symptom and nothing else', () => {
      for (const result of results.filter((r) => r.facts.source === 'nginx-access')) {
        const gateway = result.facts.status === 502 || result.facts.status === 504
        expect(result.cause).toBe(gateway ? 'access-log-502' : null)
      }
    })

    it('leaves warn/notice/info lines out (follow-ons and client events)', () => {
      const quiet = results.filter(
        (r) =>
          r.facts.source === 'nginx-error' && !isSevere(r.facts.level) && r.facts.level !== 'warn',
      )
      for (const result of quiet) expect(result.cause, result.text).toBeNull()
    })
  },
)

describe('lab samples without a cause', () => {
  const quiet = manifest.filter((entry) => entry.cause === null)
  it.each(quiet.map((entry) => entry.id))('%s has no nginx evidence', (id) => {
    const results = analyzeText(readFileSync(new URL(`${id}.log`, DIR), 'utf8'))
    const evidence = results.filter((r) => r.cause !== null && r.cause !== 'access-log-502')
    expect(evidence.map((r) => r.text)).toEqual([])
  })
})

it('has a sample for every lab scenario on disk', () => {
  const files = readdirSync(DIR).filter((name) => name.endsWith('.log'))
  expect(files.sort()).toEqual(manifest.map((entry) => `${entry.id}.log`).sort())
})

function isSevere(level: string | undefined): boolean {
  return level === 'error' || level === 'crit' || level === 'alert' || level === 'emerg'
}
