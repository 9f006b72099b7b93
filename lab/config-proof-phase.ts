/**
 * One phase of a config proof on a running nginx: the requests fired, the statuses the client
 * got, the error-log lines nginx wrote meanwhile, what analyzeText makes of them, and the
 * findings the app would join with the configuration (as the page builds them).
 */
import { readFile } from 'node:fs/promises'
import type net from 'node:net'
import { CAUSE_IDS, type CauseId } from '../src/core/causes.ts'
import { analyzeText } from '../src/core/log/analyze.ts'
import type { Finding } from '../src/core/log/finding.ts'
import { createLogRun } from '../src/core/log/run.ts'
import { openStalledConnection, sendRequest, type HttpOutcome } from './client.ts'
import { fileSize, type NginxProcess } from './nginx.ts'
import type { FireEnv } from './scenario-kit.ts'

export interface PhaseRun {
  /** Status per request, in the order fired (null: no response). */
  statuses: (number | null)[]
  outcomes: HttpOutcome[]
  /** Error-log lines written while the phase ran. */
  errorLines: string[]
  /** The cause analyzeText gives each of those lines that has one. */
  causes: CauseId[]
  /** The findings of those lines, as the page gives them to the config checks. */
  findings: Finding[]
}

// The first checks of each cause play no part in the config checks.
const NO_CHECKS = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, []])) as unknown as Record<
  CauseId,
  []
>

/** The findings of error-log lines, built as src/core/config/configs.test.ts builds them. */
export function logFindings(lines: readonly string[]): Finding[] {
  const run = createLogRun({ checks: NO_CHECKS })
  for (const line of lines) run.push(line)
  run.end()
  return run.findings().map((d) => d.finding)
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until nginx stops writing its error log (no growth for 250 ms, at most 3 s). */
async function settle(errorLog: string): Promise<void> {
  let last = -1
  let stableSince = Date.now()
  const deadline = Date.now() + 3000
  while (Date.now() < deadline) {
    const size = await fileSize(errorLog)
    if (size !== last) [last, stableSince] = [size, Date.now()]
    else if (Date.now() - stableSince >= 250) return
    await sleep(50)
  }
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '')

/** Fires one phase's requests at the running nginx and reads what it logged meanwhile. */
export async function firePhase(
  nginx: NginxProcess,
  port: number,
  serverName: string,
  fire: (env: FireEnv) => Promise<void>,
): Promise<PhaseRun> {
  const from = await fileSize(nginx.errorLog)
  const run: PhaseRun = { statuses: [], outcomes: [], errorLines: [], causes: [], findings: [] }
  const stalled: net.Socket[] = []
  const since = async (): Promise<string[]> =>
    lines((await readFile(nginx.errorLog)).subarray(from).toString('utf8'))
  const env: FireEnv = {
    port,
    serverName,
    request: async (options = {}) => {
      const index = run.outcomes.length
      run.statuses.push(null)
      run.outcomes.push({ status: null, error: 'pending', bytes: 0, ms: 0 })
      const outcome = await sendRequest({
        ...{ port, host: serverName, method: 'GET', path: '/', headers: {}, body: null },
        ...{ abortAfterMs: null, timeoutMs: 10_000, ...options },
      })
      run.statuses[index] = outcome.status
      run.outcomes[index] = outcome
      return outcome
    },
    stall: async () => {
      stalled.push(await openStalledConnection(port, serverName))
    },
    errorLines: since,
    sleep,
  }
  try {
    await fire(env)
  } finally {
    for (const socket of stalled) socket.destroy()
  }
  await settle(nginx.errorLog)
  run.errorLines = await since()
  run.causes = analyzeText(run.errorLines.join('\n')).flatMap((r) =>
    r.cause === null ? [] : [r.cause],
  )
  run.findings = logFindings(run.errorLines)
  return run
}
