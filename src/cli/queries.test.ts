import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { JSON_SAMPLES } from '../core/log/corpus/platforms/json-samples.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
// A log the lab's real nginx wrote while its upstream refused connections.
const REFUSED = 'lab/captured/refused.log'
const DOUBLE_ESCAPED = JSON_SAMPLES.find((s) => s.format === 'double-escaped')!.text

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/nginx-502-doctor.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

describe('nginx-502-doctor --queries', () => {
  it('gives each finding its query in every platform under --findings', () => {
    const { code, out } = cli(['--findings', '--queries', REFUSED])
    expect(code).toBe(0)
    const [first] = (
      JSON.parse(out) as {
        findings: { cause: string; queries: { platform: string; query: string }[] }[]
      }
    ).findings
    expect(first?.cause).toBe('upstream-refused')
    expect(first?.queries.map((q) => q.platform)).toEqual([
      'loki',
      'kibana',
      'lucene',
      'cloudwatch',
      'cloud-logging',
    ])
    expect(first?.queries[0]?.query).toContain('Connection refused\\) while connecting to upstream')
  })

  it('prints them after the summary, and keeps --findings without them as it was', () => {
    const { out } = cli(['--queries', REFUSED])
    expect(out).toMatch(/^Find upstream-refused on every host/m)
    expect(out).toMatch(/^ {2}CloudWatch Logs Insights:\n {4}fields @timestamp/m)
    expect(cli(['--findings', REFUSED]).out).not.toContain('"queries"')
  })

  it('refuses --queries with --json, whose output is one object per line', () => {
    const { code, err } = cli(['--json', '--queries', REFUSED])
    expect(code).toBe(2)
    expect(err).toMatch(/--queries goes with the summary or --findings/)
  })
})

describe('nginx-502-doctor --json on a platform export', () => {
  it('prints one object per input line, also when a line holds several records', () => {
    // The double-escaped CloudWatch export copilot-cli's test publishes: one input line, three
    // records (corpus/platforms/json-samples.ts).
    const result = spawnSync(process.execPath, ['bin/nginx-502-doctor.js', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: `${DOUBLE_ESCAPED}\n`,
    })
    const records = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; instance?: string })
    expect(records.map((r) => r.line)).toEqual([1])
    expect(records[0]?.instance).toBe('firelens_log_router/fcfe4ab8043841c08162318e5ad805f1')
  })
})
