import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

// Reads 120 chunks of about 400 KB, the way the command line reads a big file (lines cut out of
// one chunk string), each chunk naming servers and upstreams not seen before, then measures
// the heap after a full collection. If the collector or the caches kept plain slices of those
// lines, every chunk would stay alive: about 48 MB.
const SCRIPT = `
import { createAnalyzer } from './src/core/log/analyze.ts'
import { createFindingsCollector } from './src/core/log/findings.ts'
import { createReader } from './src/core/log/reader.ts'
const collectors = [createFindingsCollector(), createFindingsCollector()]
const analyzers = [createAnalyzer(), createAnalyzer({ read: createReader() })]
for (let chunk = 0; chunk < 120; chunk += 1) {
  const lines = []
  for (let i = 0; i < 2000; i += 1) {
    const peer = '10.' + chunk + '.' + (i >> 8) + '.' + (i & 255)
    const upstream = '10.9.' + chunk + '.1:' + (8000 + (i & 3))
    lines.push('2026/11/22 02:' + String(chunk % 60).padStart(2, '0') + ':00 [error] 7#7: *' + i +
      ' connect() failed (111: Connection refused) while connecting to upstream, client: ' + peer +
      ', server: s' + chunk + '-' + i + '.example, request: "GET /x HTTP/1.1", upstream: "http://' +
      upstream + '/x", host: "h"')
  }
  const text = lines.join('\\n')
  analyzers.forEach((analyzer, n) => {
    for (const line of text.split('\\n'))
      for (const result of analyzer.push(line)) collectors[n].add(result, result.text)
  })
}
analyzers.forEach((analyzer, n) => analyzer.end().forEach((r) => collectors[n].add(r, r.text)))
const findings = collectors.map((c) => c.findings())
globalThis.gc()
console.log(JSON.stringify({ heapMb: process.memoryUsage().heapUsed / 1e6, lines: findings.map((f) => f[0].lines) }))
`

describe('memory on big logs', () => {
  it('findings and caches do not keep the chunks their lines came from', () => {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', SCRIPT],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(run.stderr).toBe('')
    const { heapMb, lines } = JSON.parse(run.stdout) as { heapMb: number; lines: number[] }
    expect(lines).toEqual([240_000, 240_000])
    expect(heapMb).toBeLessThan(20)
  })
})
