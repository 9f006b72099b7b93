/**
 * The lab's configurations that work, as nginx -T dumps them: those of the scenarios where
 * nothing is wrong (run by runScenario) and the fixed configurations of lab/fix-proofs.ts
 * (run by runProof, the guide's fix applied). No config check may fire on them.
 */
import path from 'node:path'
import type { Finding } from '../src/core/log/finding.ts'
import { dumpConfig } from './config-proof-nginx.ts'
import { logFindings } from './config-proof-phase.ts'
import { PROOFS, runProof } from './fix-proofs.ts'
import { runScenario } from './run-lab.ts'
import { SCENARIOS } from './scenarios.ts'

export interface WorkingDump {
  id: string
  /** Whether nginx ran it as meant: the run had no harness error (and the fix got its 200s). */
  worked: boolean
  /** `nginx -T` of the very prefix nginx ran. */
  dump: string
  /** The findings of what nginx logged while it ran (look-alikes only, if anything). */
  findings: Finding[]
  error: string | null
}

async function dumped(
  id: string,
  bin: string,
  dir: string,
  run: { worked: boolean; errorLines: string[]; error: string | null },
): Promise<WorkingDump> {
  const dump = await dumpConfig(bin, dir)
  const error = run.error ?? (dump.code === 0 ? null : `nginx -T failed: ${dump.stderr}`)
  return { id, worked: run.worked, dump: dump.stdout, findings: logFindings(run.errorLines), error }
}

/** Runs the working scenarios and the fix proofs under `root`, then dumps each prefix. */
export async function workingDumps(bin: string, root: string): Promise<WorkingDump[]> {
  const scenarios = SCENARIOS.filter((s) => s.cause === null).map(async (scenario) => {
    const result = await runScenario(scenario, bin, root)
    const worked = result.error === null
    return dumped(scenario.id, bin, path.join(root, scenario.id), { ...result, worked })
  })
  const proofs = PROOFS.map(async (proof) => {
    const result = await runProof(proof, bin, root)
    const fixed = result.fixed
    const worked = result.error === null && fixed !== null && fixed.statuses.every((s) => s === 200)
    // runScenario keeps each run's prefix under root: `<proof id>-fixed` is the fixed one.
    return dumped(`${proof.id}-fixed`, bin, path.join(root, `${proof.id}-fixed`), {
      worked,
      errorLines: fixed?.errorLines ?? [],
      error: result.error,
    })
  })
  return Promise.all([...scenarios, ...proofs])
}
