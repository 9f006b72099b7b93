/**
 * Proven, not typed: for each cause a config change cures, the real nginx first fails (the
 * client gets 502/504 and analyzeText names the cause), then the guide's own snippet, filled
 * from that failure's log line, is applied and the same requests get 200 with no error line of
 * that cause. The snippets come from CAUSE_GUIDES at run time; none is retyped here.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeText } from '../src/core/log/analyze.ts'
import { PROOFS, type Proof, type ProofResult, runProof } from './fix-proofs.ts'
import { findNginx, stopAllNginx } from './nginx.ts'
import type { ScenarioResult } from './run-lab.ts'

let results: ProofResult[] = []
let root = ''

beforeAll(async () => {
  const bin = findNginx()
  root = await mkdtemp(path.join(os.tmpdir(), 'nginx-502-doctor-fix-proof-'))
  results = await Promise.all(PROOFS.map((proof) => runProof(proof, bin, root)))
})

afterAll(async () => {
  await stopAllNginx()
  if (root !== '') await rm(root, { recursive: true, force: true })
})

function resultOf(proof: Proof): ProofResult {
  const result = results.find((r) => r.id === proof.id)
  if (result === undefined) throw new Error(`no result for ${proof.id}`)
  return result
}

function run(result: ProofResult, which: 'broken' | 'fixed' | 'nginxOnly'): ScenarioResult {
  const scenario = result[which]
  if (scenario === null) throw new Error(`${result.id}: no ${which} run (${String(result.error)})`)
  return scenario
}

/** Lines of `lines` that analyzeText puts under `cause`. */
function linesOf(cause: string, lines: string[]): string[] {
  return analyzeText(lines.join('\n'))
    .filter((r) => r.cause === cause)
    .map((r) => lines[r.line - 1] ?? '')
}

describe.each(PROOFS)('$cause: $title', (proof) => {
  it('ran without a harness error', () => {
    const result = resultOf(proof)
    expect(result.error).toBeNull()
    expect(run(result, 'broken').error).toBeNull()
    expect(run(result, 'fixed').error).toBeNull()
    expect(result.nginxOnly?.error ?? null).toBeNull()
  })

  it(`without the fix: the client gets ${proof.brokenStatus} and analyzeText names the cause`, () => {
    const result = resultOf(proof)
    expect(run(result, 'broken').statuses).toContain(proof.brokenStatus)
    expect(result.brokenLine).not.toBeNull()
    expect(result.brokenCause).toBe(proof.cause)
  })

  it('the fix is the guide’s own snippet, filled and applied at its context', () => {
    const result = resultOf(proof)
    expect(proof.snippets.length).toBeGreaterThan(0)
    expect(result.applied.map((a) => a.context)).toEqual(proof.snippets.map((s) => s.context))
    const config = result.fixedConfig
    if (config === null) throw new Error('no fixed config')
    const rendered = [...(config.http ?? []), ...(config.server ?? []), ...(config.location ?? [])]
      .join('\n')
      .split('\n')
      .map((line) => line.trim())
    for (const applied of result.applied) {
      for (const line of applied.text.split('\n')) {
        if (line.trim() !== '') expect(rendered).toContain(line.trim())
      }
    }
  })

  it('with the fix: every request gets 200 and no line of the cause is written', () => {
    const fixed = run(resultOf(proof), 'fixed')
    expect(fixed.statuses.length).toBeGreaterThan(0)
    expect(fixed.statuses.every((status) => status === 200)).toBe(true)
    expect(linesOf(proof.cause, [...fixed.errorLines, ...fixed.accessLines])).toEqual([])
  })
})

describe('details', () => {
  const byId = (id: string): Proof => {
    const proof = PROOFS.find((p) => p.id === id)
    if (proof === undefined) throw new Error(`no proof ${id}`)
    return proof
  }

  it('no-resolver: nginx really asked the resolver the snippet names', () => {
    const result = resultOf(byId('fix-no-resolver'))
    expect(result.probe['dnsQueries']).toContain('app.lab.test A')
  })

  it('keep-alive: the nginx half alone does not cure it, the backend half is needed', () => {
    const proof = byId('fix-keepalive-race')
    const result = resultOf(proof)
    expect(proof.backendSnippet).toBeDefined()
    expect(run(result, 'nginxOnly').statuses).toContain(502)
    expect(result.backendCode).toMatch(/keepAliveTimeout/)
  })

  it('each proof takes a few seconds at most', () => {
    for (const result of results) expect(result.ms, result.id).toBeLessThan(10_000)
  })
})
