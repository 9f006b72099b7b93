/**
 * Runs lab scenarios against the real nginx: one nginx instance per scenario (own prefix, own
 * port, own `server_name lab-<id>`), so every error-log line, including the ones without request
 * context, belongs to exactly one scenario.
 */
import { mkdir, mkdtemp, readFile, rm, chmod, writeFile } from 'node:fs/promises'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { CauseId } from '../src/core/causes.ts'
import { freePort, type Backend } from './backends.ts'
import { openStalledConnection, sendRequest, type HttpOutcome } from './client.ts'
import {
  fileSize,
  findNginx,
  isRoot,
  nginxVersion,
  startNginx,
  type NginxProcess,
} from './nginx.ts'
import { renderConfig } from './nginx-config.ts'
import { firstCausal, type ConfigExtra, type FireEnv, type Scenario } from './scenario-kit.ts'
import { SCENARIOS } from './scenarios.ts'

export interface ScenarioResult {
  id: string
  /** The cause the scenario is meant to demonstrate. */
  cause: CauseId | null
  /** The cause of the first line that matched a causal rule (null when none matched). */
  observedCause: CauseId | null
  /** That line, verbatim. */
  firstCausalLine: string | null
  serverName: string
  port: number
  /** Status per request, in the order fired (9 = HTTP/0.9 passthrough, null = no response). */
  statuses: Array<number | null>
  outcomes: HttpOutcome[]
  /** Error-log lines written while the scenario ran (after start-up, before shutdown). */
  errorLines: string[]
  accessLines: string[]
  /** The instance's start-up notices and its shutdown notices. */
  startLines: string[]
  stopLines: string[]
  ms: number
  /** Set when the harness itself failed (nginx did not start, a backend threw ...). */
  error: string | null
}

export interface LabResult {
  nginxBin: string
  nginxVersion: string
  ms: number
  scenarios: ScenarioResult[]
}

export interface LabOptions {
  /** Run only these scenario ids (default: all). */
  only?: string[]
  /** Run these scenarios instead of the built-in table. */
  scenarios?: readonly Scenario[]
  /** Extra config per scenario id, added after the scenario's own lines. */
  extra?: Record<string, ConfigExtra>
  /** Explicit nginx binary (default: findNginx()). */
  nginxBin?: string
  /** Keep the temporary prefix for inspection (its path is printed to stderr). */
  keepTemp?: boolean
}

const SCENARIO_LIMIT_MS = 30_000

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}

/** Waits until nginx has stopped writing to its logs (no growth for 250 ms, at most 3 s). */
async function settle(nginx: NginxProcess): Promise<void> {
  let last = -1
  let stableSince = Date.now()
  const deadline = Date.now() + 3000
  while (Date.now() < deadline) {
    const size = (await fileSize(nginx.errorLog)) + (await fileSize(nginx.accessLog))
    if (size !== last) {
      last = size
      stableSince = Date.now()
    } else if (Date.now() - stableSince >= 250) return
    await sleep(50)
  }
}

function withLimit<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)
  })
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}

function merge(...parts: Array<ConfigExtra | undefined>): Required<ConfigExtra> {
  const all = parts.filter((p): p is ConfigExtra => p !== undefined)
  return {
    http: all.flatMap((p) => p.http ?? []),
    server: all.flatMap((p) => p.server ?? []),
    location: all.flatMap((p) => p.location ?? []),
  }
}

/** Runs one scenario in its own nginx instance under `root`; never throws. */
export async function runScenario(
  scenario: Scenario,
  bin: string,
  root: string,
  extra?: ConfigExtra,
): Promise<ScenarioResult> {
  const started = Date.now()
  const dir = path.join(root, scenario.id)
  const serverName = `lab-${scenario.id}`
  const result: ScenarioResult = {
    ...{ id: scenario.id, cause: scenario.cause, observedCause: null, firstCausalLine: null },
    ...{ serverName, port: 0, statuses: [], outcomes: [], errorLines: [], accessLines: [] },
    ...{ startLines: [], stopLines: [], ms: 0, error: null },
  }
  const backends: Backend[] = []
  const stalled: net.Socket[] = []
  let nginx: NginxProcess | null = null
  try {
    for (const sub of ['conf', 'logs', 'tmp']) await mkdir(path.join(dir, sub), { recursive: true })
    await chmod(dir, 0o755)
    const setup = await scenario.setup({ dir, root: isRoot() })
    backends.push(...setup.backends)
    result.port = await freePort()
    const config = merge(setup.config, scenario.extra, extra)
    const workerConnections = setup.workerConnections ?? 64
    const conf = renderConfig({ port: result.port, serverName, workerConnections, ...config })
    await writeFile(path.join(dir, 'conf', 'nginx.conf'), conf)
    nginx = await startNginx(bin, dir)
    const errorLogPath = nginx.errorLog
    const windowStart = await fileSize(errorLogPath)
    const env: FireEnv = {
      port: result.port,
      serverName,
      request: async (options = {}) => {
        const index = result.outcomes.length
        result.statuses.push(null)
        result.outcomes.push({ status: null, error: 'pending', bytes: 0, ms: 0 })
        const outcome = await sendRequest({
          ...{ port: result.port, host: serverName, method: 'GET', path: '/', headers: {} },
          ...{ body: null, abortAfterMs: null, timeoutMs: 10_000, ...options },
        })
        result.statuses[index] = outcome.status
        result.outcomes[index] = outcome
        return outcome
      },
      stall: async () => {
        stalled.push(await openStalledConnection(result.port, serverName))
      },
      errorLines: async () => {
        const log = await readFile(errorLogPath)
        return lines(log.subarray(windowStart).toString('utf8'))
      },
      sleep,
    }
    await withLimit(scenario.fire(env), SCENARIO_LIMIT_MS, `scenario ${scenario.id}`)
    for (const socket of stalled.splice(0)) socket.destroy()
    await settle(nginx)
    const windowEnd = await fileSize(nginx.errorLog)
    await nginx.stop()
    const errorLog = await readFile(nginx.errorLog)
    result.startLines = lines(errorLog.subarray(0, windowStart).toString('utf8'))
    result.errorLines = lines(errorLog.subarray(windowStart, windowEnd).toString('utf8'))
    result.stopLines = lines(errorLog.subarray(windowEnd).toString('utf8'))
    result.accessLines = lines(await readFile(nginx.accessLog, 'utf8').catch(() => ''))
    const first = firstCausal(scenario, result.errorLines)
    result.observedCause = first?.cause ?? null
    result.firstCausalLine = first?.line ?? null
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err)
  } finally {
    for (const socket of stalled) socket.destroy()
    await nginx?.stop()
    await Promise.all(backends.map((backend) => backend.close().catch(() => undefined)))
    result.ms = Date.now() - started
  }
  return result
}

/** Starts nginx once per scenario (all in parallel), fires the requests, collects the logs. */
export async function runLab(options: LabOptions = {}): Promise<LabResult> {
  const started = Date.now()
  const bin = options.nginxBin ?? findNginx()
  const version = nginxVersion(bin)
  const table = options.scenarios ?? SCENARIOS
  const only = options.only
  const selected = only === undefined ? table : table.filter((s) => only.includes(s.id))
  const root = await mkdtemp(path.join(os.tmpdir(), 'nginx-502-doctor-lab-'))
  try {
    await chmod(root, 0o755)
    const scenarios = await Promise.all(
      selected.map((s) => runScenario(s, bin, root, options.extra?.[s.id])),
    )
    return { nginxBin: bin, nginxVersion: version, ms: Date.now() - started, scenarios }
  } finally {
    if (options.keepTemp === true) process.stderr.write(`lab: kept ${root}\n`)
    else await rm(root, { recursive: true, force: true })
  }
}
