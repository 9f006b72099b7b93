import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../log/analyze.ts'
import type { Finding } from '../log/finding.ts'
import { createFindingsCollector } from '../log/findings.ts'
import { CONTAINER_INCIDENTS } from '../log/corpus/incidents-containers.ts'
import { rankFindings } from '../log/rank.ts'
import { decodePermalink, encodePermalink } from '../permalink/codec.ts'
import { buildShare, LINES_PER_FINDING } from './payload.ts'
import { createRedactor } from './redact.ts'
import { withSharedCounts } from './shared-counts.ts'

const dir = new URL('../../../lab/captured/', import.meta.url)

function findingsOf(text: string): Finding[] {
  const collector = createFindingsCollector()
  for (const r of analyzeText(text)) collector.add(r, r.text)
  return rankFindings(collector.findings())
}

/** What a person reads of a finding: every figure the page shows. */
const figures = (f: Finding) => ({
  cause: f.cause,
  lines: f.lines,
  first: f.first,
  last: f.last,
  statuses: f.statuses,
  upstreams: f.upstreams,
  otherUpstreamLines: f.otherUpstreamLines,
  servers: f.servers,
  stream: f.stream,
})

// Every log the lab's real nginx wrote, one by one and all together: a link holds two lines
// per finding, and the receiver must still see the sender's figures.
const logs = readdirSync(dir).filter((name) => name.endsWith('.log'))
const all = logs.map((name) => readFileSync(new URL(name, dir), 'utf8')).join('\n')

describe.each([
  ...logs.map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]),
  ['all of them', all],
])('a shared link of %s', (_, text) => {
  it('shows the receiver the sender’s figures, finding by finding, with the preview’s pseudonyms', () => {
    const sent = findingsOf(text)
    const share = buildShare({ text, findings: sent })
    const decoded = decodePermalink(encodePermalink(share))
    if (!decoded.ok) throw new Error(decoded.reason)
    const received = withSharedCounts(
      findingsOf(decoded.diagnosis.lines.join('\n')),
      decoded.diagnosis,
    )
    // The sender's names as the share panel's preview shows them.
    const raw = sent.flatMap((f) => f.examples.slice(0, LINES_PER_FINDING).map((e) => e.text))
    const redact = createRedactor(raw)
    const expected = sent.map((f) => ({
      ...figures(f),
      upstreams: f.upstreams.map((u) => ({ address: redact(u.address), lines: u.lines })),
      servers: f.servers.map(redact),
    }))
    expect(received.map(figures)).toEqual(expected)
  })
})

describe('links made before the figures were carried', () => {
  it('still open, with the counts they carry and the rest read from their lines', () => {
    const old = { v: 1, lines: ['x'], counts: [{ cause: 'upstream-refused', lines: 7 }] }
    const decoded = decodePermalink(encodePermalink(old as never))
    expect(decoded.ok && decoded.diagnosis.counts).toEqual([
      { cause: 'upstream-refused', lines: 7 },
    ])
  })
})

describe('a link of a log from Docker Compose', () => {
  // https://github.com/verifywise-ai/verifywise/issues/3698, as posted.
  const paste = CONTAINER_INCIDENTS.find((i) => i.source.endsWith('verifywise/issues/3698'))!.paste

  it('the receiver sees where it happened, the container under a pseudonym', () => {
    const sent = findingsOf(paste)
    expect(sent[0]?.instances).toEqual([{ name: 'frontend_1', lines: 2 }])
    const share = buildShare({ text: paste, findings: sent })
    const decoded = decodePermalink(encodePermalink(share))
    if (!decoded.ok) throw new Error(decoded.reason)
    const received = withSharedCounts(
      findingsOf(decoded.diagnosis.lines.join('\n')),
      decoded.diagnosis,
    )
    expect(received[0]?.instances).toEqual([{ name: 'host-1', lines: 2 }])
    expect(JSON.stringify(decoded.diagnosis)).not.toContain('frontend_1')
  })
})
