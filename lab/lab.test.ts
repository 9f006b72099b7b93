/**
 * Runs the lab live against the real nginx and checks, per scenario, what nginx wrote, what the
 * client got, and how `analyzeText` classifies the genuine lines. A missing nginx fails the
 * run (runLab throws); nothing is skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CauseId } from '../src/core/causes.ts'
import { analyzeText } from '../src/core/log/analyze.ts'
import { stopAllNginx } from './nginx.ts'
import { runLab, type LabResult, type ScenarioResult } from './run-lab.ts'
import { SCENARIOS, expectedCause, type Scenario } from './scenarios.ts'

let lab: LabResult | null = null

beforeAll(async () => {
  lab = await runLab()
})

afterAll(async () => {
  await stopAllNginx()
})

function resultOf(scenario: Scenario): ScenarioResult {
  const result = lab?.scenarios.find((r) => r.id === scenario.id)
  if (result === undefined) throw new Error(`the lab produced no result for ${scenario.id}`)
  return result
}

interface Mismatch {
  line: string
  expected: CauseId | null
  got: CauseId | null | undefined
}

/** Lines whose classification differs from what the scenario's rules expect. */
function mismatches(scenario: Scenario, lines: string[]): Mismatch[] {
  const results = analyzeText(lines.join('\n'))
  const wrong: Mismatch[] = []
  lines.forEach((line, index) => {
    const expected = expectedCause(scenario, line)
    if (expected === undefined) return
    const result = results.find((r) => r.line === index + 1)
    if (result?.cause !== expected) wrong.push({ line, expected, got: result?.cause })
  })
  return wrong
}

it('ran every scenario', () => {
  expect(lab?.scenarios.map((r) => r.id)).toEqual(SCENARIOS.map((s) => s.id))
})

describe.each(SCENARIOS)('scenario $id', (scenario) => {
  it('ran without a harness error', () => {
    expect(resultOf(scenario).error).toBeNull()
  })

  it(`the client got ${String(scenario.expectStatus)}`, () => {
    expect(resultOf(scenario).statuses).toContain(scenario.expectStatus)
  })

  it('nginx wrote the lines the scenario is about', () => {
    const { errorLines } = resultOf(scenario)
    const own = (role: string): string[] =>
      errorLines.filter((line) => scenario.rules.some((r) => r.role === role && r.match.test(line)))
    if (scenario.cause !== null) expect(own('causal').length).toBeGreaterThan(0)
    else if (scenario.rules.some((r) => r.role === 'lookalike'))
      expect(own('lookalike').length).toBeGreaterThan(0)
    else expect(errorLines).toEqual([])
  })

  it('the observed cause is one the scenario allows', () => {
    const result = resultOf(scenario)
    const allowed = scenario.rules.filter((r) => r.role === 'causal').map((r) => r.cause)
    if (scenario.cause === null) expect(result.observedCause).toBeNull()
    else expect(allowed).toContain(result.observedCause)
  })

  it('analyzeText names the cause on causal lines and null on look-alikes', () => {
    const { errorLines, accessLines } = resultOf(scenario)
    expect(mismatches(scenario, [...errorLines, ...accessLines])).toEqual([])
  })

  it('analyzeText leaves start-up and shutdown notices alone', () => {
    const { startLines, stopLines } = resultOf(scenario)
    expect(startLines.length).toBeGreaterThan(0)
    expect(mismatches(scenario, [...startLines, ...stopLines])).toEqual([])
  })
})
