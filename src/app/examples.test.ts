import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SAMPLES, loadSample } from '../content/samples.ts'
import { diagnose } from './diagnose.ts'

interface ManifestEntry {
  id: string
  cause: string | null
}

const manifest = JSON.parse(
  readFileSync(new URL('../../lab/captured/manifest.json', import.meta.url), 'utf8'),
) as ManifestEntry[]

describe('"Try an example"', () => {
  it('offers some examples', () => {
    expect(SAMPLES.length).toBeGreaterThan(3)
  })

  // The button titles promise a cause: the lab's capture must still show it first.
  it.each(SAMPLES.map((s) => [s.id, s.title] as const))('%s ("%s") shows its cause', async (id) => {
    const text = await loadSample(id)
    const expected = manifest.find((e) => e.id === id)?.cause ?? null
    const causes = diagnose(text).findings.map((f) => f.finding.cause)
    if (expected === null) expect(causes).toEqual([])
    else expect(causes).toContain(expected)
  })

  it('rejects an unknown example', async () => {
    await expect(loadSample('no-such-sample')).rejects.toThrow(/no-such-sample/)
  })
})
