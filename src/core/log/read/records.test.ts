import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { createFindingsCollector } from '../findings.ts'
import { MAX_PENDING } from './records.ts'

// Genuine lines the lab's real nginx wrote, each log put into the shapes the platforms export
// (the shapes of corpus/platforms' published samples): its findings must come out the same.
const DIR = new URL('../../../../lab/captured/', import.meta.url)
const LOGS = readdirSync(DIR).filter((f) => f.endsWith('.log'))

const SHAPES: Record<string, (lines: string[]) => string> = {
  'CloudWatch filter-log-events, pretty': (lines) =>
    JSON.stringify(
      {
        events: lines.map((message, i) => ({
          logStreamName: `web-${i % 3}`,
          timestamp: i,
          message,
        })),
      },
      null,
      4,
    ),
  'Elasticsearch hits, compact on one line': (lines) =>
    JSON.stringify({
      hits: { hits: lines.map((message) => ({ _index: 'x', _source: { message } })) },
    }),
  'journalctl -o json': (lines) =>
    lines
      .map((MESSAGE) => JSON.stringify({ __CURSOR: 'c', _HOSTNAME: 'web-1', MESSAGE }))
      .join('\n'),
  'a JSON array of strings, pretty': (lines) => JSON.stringify(lines, null, 2),
  // Kibana's escapeValue (src/platform/plugins/shared/data/common/exports/escape_value.ts):
  // a cell with anything but letters and digits is quoted, its quotes doubled.
  'Kibana CSV, with a host column': (lines) =>
    [
      '"@timestamp",message,"host.name"',
      ...lines.map(
        (m, i) => `"Dec 2, 2026 @ 02:25:${i}.000","${m.replaceAll('"', '""')}","web-${i % 3}"`,
      ),
    ].join('\n'),
}

function findings(text: string): string[] {
  const collector = createFindingsCollector()
  for (const result of analyzeText(text)) collector.add(result, result.text)
  return collector.findings().map((f) => `${f.cause} ${f.lines}`)
}

/** How many of the findings' lines name the instance their record gave. */
function placed(text: string): number {
  const collector = createFindingsCollector()
  for (const result of analyzeText(text)) collector.add(result, result.text)
  return collector
    .findings()
    .flatMap((f) => f.instances ?? [])
    .reduce((n, i) => n + i.lines, 0)
}

describe('a platform export finds what the plain log finds', () => {
  it.each(Object.keys(SHAPES))('%s, on every log the lab wrote', (shape) => {
    for (const log of LOGS) {
      const lines = readFileSync(new URL(log, DIR), 'utf8')
        .split('\n')
        .filter((l) => l !== '')
      const plain = lines.join('\n')
      const exported = SHAPES[shape]!(lines)
      expect(findings(exported), log).toEqual(findings(plain))
      // Each record's host or stream reaches its finding, where the export names one.
      if (/CloudWatch|journalctl|Kibana/.test(shape)) {
        const evidence = findings(plain).reduce((n, f) => n + Number(f.split(' ')[1]), 0)
        expect(placed(exported), log).toBe(evidence)
      }
    }
  })

  it('reads an export cut off mid-record line by line, losing no line', () => {
    const lines = readFileSync(new URL('refused.log', DIR), 'utf8').split('\n').filter(Boolean)
    const cut = SHAPES['CloudWatch filter-log-events, pretty']!(lines).split('\n').slice(0, -8)
    expect(findings(cut.join('\n'))).toEqual(findings(lines.slice(0, -1).join('\n')))
  })

  it('gives up waiting past MAX_PENDING and reads the lines as they are', () => {
    const lines = readFileSync(new URL('refused.log', DIR), 'utf8').split('\n').filter(Boolean)
    const open = ['{', '"padding": "', 'x'.repeat(MAX_PENDING), ...lines]
    expect(findings(open.join('\n'))).toEqual(findings(lines.join('\n')))
  })
})
