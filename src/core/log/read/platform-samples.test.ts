import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { CSV_SAMPLES } from '../corpus/platforms/csv-samples.ts'
import { JSON_SAMPLES as JSON_ONLY } from '../corpus/platforms/json-samples.ts'
import { LINE_SAMPLES } from '../corpus/platforms/line-samples.ts'
import type { PlatformSample } from '../corpus/platforms/types.ts'
import { createRecordSplitter, type LogRecord } from './records.ts'
import { prefixFacts } from './wrapper-prefix.ts'

/** The records a platform's export splits into, as the analyzer gets them. */
function recordsOf(text: string): LogRecord[] {
  const splitter = createRecordSplitter()
  const out: LogRecord[] = []
  text.split('\n').forEach((line, i) => out.push(...(splitter.push(line, i + 1) ?? [])))
  return [...out, ...splitter.end()]
}

// The exports read as records: JSON documents and Kibana's CSV.
const JSON_SAMPLES = [...JSON_ONLY, ...CSV_SAMPLES]

const name = (s: PlatformSample): string => `${s.format}: ${s.source}`

describe('exports of log platforms, as published (corpus/platforms)', () => {
  it.each(JSON_SAMPLES.map((s) => [name(s), s] as const))('%s', (_, sample) => {
    const records = recordsOf(sample.text).filter((r) => r.platform !== undefined)
    expect(records.map((r) => r.instance ?? null)).toEqual(sample.instances)
    // Filebeat keeps only what follows nginx's `*cid`: the line comes back with its head,
    // rebuilt from the fields it was split into.
    const texts =
      sample.format === 'filebeat-nginx'
        ? records.map((r) =>
            r.text.replace(/^\d{4}\/\d\d\/\d\d [\d:]{8} \[\w+\] \d+#\d+: (?:\*\d+ )?/, ''),
          )
        : records.map((r) => r.text)
    expect(texts).toEqual(sample.lines)
  })

  it('puts every input line of an export in exactly one place', () => {
    for (const sample of JSON_SAMPLES) {
      const results = analyzeText(sample.text)
      const lines = new Set(results.map((r) => r.line))
      expect(lines.size, name(sample)).toBe(sample.text.split('\n').length)
    }
  })

  it('rebuilds the lines Filebeat split, so they are read as nginx wrote them', () => {
    const sample = JSON_SAMPLES.find((s) => s.format === 'filebeat-nginx')!
    const read = analyzeText(sample.text).filter((r) => r.facts.extra?.['platform'] !== undefined)
    expect(read.map((r) => [r.facts.level, r.facts.pid, r.facts.time])).toEqual([
      ['error', 54053, '2016/10/25 14:49:34'],
      ['error', 54053, '2016/10/25 14:50:44'],
      ['error', 205860, '2019/10/30 23:26:34'],
      ['error', 54053, '2019/11/05 14:50:44'],
    ])
  })
})

describe('line prefixes of log tools, as published (corpus/platforms)', () => {
  it.each(LINE_SAMPLES.map((s) => [name(s), s] as const))('%s', (_, sample) => {
    const input = sample.text.split('\n')
    let at = 0
    sample.lines.forEach((line, i) => {
      const first = line.split('\n')[0] ?? ''
      while (at < input.length && !(input[at] ?? '').endsWith(first)) at += 1
      const raw = input[at] ?? ''
      const prefix = raw.slice(0, raw.length - first.length)
      const found = prefixFacts(prefix)
      // The Heroku router's lines name their dyno in `dyno=`, not in the prefix.
      const router = prefix.includes('heroku[router]')
      expect(found?.instance ?? null, `${name(sample)} record ${i}`).toBe(
        router ? null : sample.instances[i],
      )
      if (router) expect(line).toContain(`dyno=${sample.instances[i] ?? ''} `)
      at += 1
    })
  })

  it('gives the nginx lines among them their instance in the reading', () => {
    const read = LINE_SAMPLES.flatMap((s) =>
      analyzeText(s.text)
        .filter((r) => r.facts.source === 'nginx-error' || r.facts.source === 'nginx-access')
        .map((r) => [s.format, r.facts.extra?.['instance'] ?? null]),
    )
    expect(read).toEqual([
      // (Consul's own `2018/06/25 12:52:09 [INFO] raft: …` has nginx's time but not its
      // lower-case level or pid#tid: not nginx.)
      ['journald-short-iso', 'box'],
      ['journald-short-iso', 'box'],
      ['journald-short-iso', 'box'],
      ['journald-short-iso', 'core-01'],
      ['journald-short-iso', 'core-01'],
      ['kubectl-prefix', 'echo-req-7cfd7bf68f-nk5kr'],
      ['kubectl-prefix', 'echo-req-7cfd7bf68f-dhrwd'],
      ['heroku', 'web.1'],
      ['heroku', 'web.1'],
      ['heroku', 'web.1'],
    ])
  })
})
