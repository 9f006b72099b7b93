import { describe, expect, it } from 'vitest'
import { analyzeText } from '../core/log/analyze.ts'
import { CONTAINER_INCIDENTS } from '../core/log/corpus/incidents-containers.ts'
import { createFindingsCollector } from '../core/log/findings.ts'
import { instanceRows } from './instance-rows.ts'

const paste = (thread: string): string =>
  CONTAINER_INCIDENTS.find((i) => i.source.endsWith(thread))!.paste

describe('instanceRows', () => {
  it('lists each container with its lines per cause, from two threads pasted together', () => {
    // Two Compose logs posted in two threads, pasted one after the other as one would paste
    // two hosts' logs: `frontend_1` refused, `nginx` found no resolver.
    const collector = createFindingsCollector()
    const text = `${paste('verifywise/issues/3698')}\n${paste('Piped/issues/1104')}`
    for (const result of analyzeText(text)) collector.add(result, result.text)
    const rows = instanceRows(collector.findings())
    expect(rows.map((r) => r.name).sort()).toEqual(['frontend_1', 'nginx'])
    const frontend = rows.find((r) => r.name === 'frontend_1')!
    expect(frontend.lines.get('upstream-refused')).toBeGreaterThan(0)
    expect(frontend.lines.has('dns-no-resolver')).toBe(false)
    expect(rows.find((r) => r.name === 'nginx')!.lines.get('dns-no-resolver')).toBeGreaterThan(0)
  })

  it('is empty for a log without wrappers', () => {
    expect(instanceRows([])).toEqual([])
  })
})
