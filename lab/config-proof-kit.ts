/**
 * "Checked on the real thing": a config proof runs the real nginx with a configuration that
 * has one mistake, records what the client and the error log show, feeds `nginx -T` of that
 * very configuration to the app's parser and checks (with the broken run's findings), writes
 * the app's own edit back into the file, runs `nginx -t`, reloads, and sends the same requests
 * again. Each proof gets its own prefix, port and nginx instance, so proofs run in parallel.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CauseId } from '../src/core/causes.ts'
import type { EditedFile } from '../src/core/config/apply-edits.ts'
import { checkConfig, type ConfigFinding } from '../src/core/config/check.ts'
import type { ConfigCheckId } from '../src/core/config/check-ids.ts'
import { readConfigPaste } from '../src/core/config/dump.ts'
import type { SetupAnswers } from '../src/core/fix/types.ts'
import type { Finding } from '../src/core/log/finding.ts'
import { freePort, type Backend } from './backends.ts'
import { fixFiles } from './config-proof-fix.ts'
import { firePhase, type PhaseRun } from './config-proof-phase.ts'
import {
  dumpConfig,
  hostsWrapper,
  reloadNginx,
  testConfig,
  type NginxRun,
} from './config-proof-nginx.ts'
import { isRoot, startNginx, type NginxProcess } from './nginx.ts'
import { renderConfig } from './nginx-config.ts'
import type { FireEnv, SetupEnv } from './scenario-kit.ts'

export type { PhaseRun } from './config-proof-phase.ts'

/** The two runs of a proof: with the mistake, and after the fix is loaded. */
export type Phase = 'broken' | 'fixed'

/** The file of the instance a mistake stands in: the main file, or the one it includes. */
export type ProofFile = 'nginx.conf' | 'conf.d/app.conf'

/** What one proof sets up: backends, the configuration with the mistake, the requests. */
export interface ConfigWorld {
  backends: Backend[]
  /** Lines of nginx.conf's main context (before `events`). */
  main?: string[]
  /** Lines of `conf.d/app.conf`, which nginx.conf includes inside `http {}`. */
  http?: string[]
  /** Lines inside nginx.conf's `server {}` and its `location / {}`. */
  server?: string[]
  location?: string[]
  workerConnections?: number
  /** The `/etc/hosts` nginx sees (in a mount namespace of its own), for proofs about names. */
  hosts?: string
  /** Where the mistaken directive is written: its file and a pattern matching its line. */
  at: { file: ProofFile; match: RegExp }
  fire(env: FireEnv, phase: Phase): Promise<void>
  /** Fills in what the app's edit leaves to the person (a resolver's address), as they would. */
  fill?(text: string): string
  /**
   * The person's own fix of the mistake's file, used when the app gives no edit: by design
   * (see personFixWhy), or not yet (then the proof's test of the app's edit fails).
   */
  personFix?(text: string): string
  /** Facts worth keeping after the runs (queries answered, connections counted). */
  probe?(): Record<string, unknown>
}

export interface ConfigProof {
  id: string
  check: ConfigCheckId
  title: string
  /** The cause analyzeText must find in the broken run's error log (null: none is written). */
  cause: CauseId | null
  /** A status the client must get in the broken run (null: the failure is not a status). */
  brokenStatus: number | null
  /** The statuses the fixed run must get, in order (default: every request 200). */
  fixedStatuses?: (number | null)[]
  /**
   * A failure that is not a status or a log line, measured by the world's probe: `probe[key]`
   * must be `broken` after the broken run and `fixed` after the fixed one.
   */
  measure?: { key: string; broken: unknown; fixed: unknown }
  /** The setup answers the person gives with the config (some checks need them). */
  setup?: SetupAnswers
  /** Why the app gives no edit for this check, when that is by design (the person edits). */
  personFixWhy?: string
  /** Needs nginx to see `localhost` as `::1` too (own hosts file, IPv6 loopback). */
  needsHosts?: boolean
  world(env: SetupEnv & { port: number }): Promise<ConfigWorld>
}

export interface ConfigProofResult {
  id: string
  check: ConfigCheckId
  /** Where the mistaken directive is, as nginx -T names the file. */
  expected: { file: string; line: number } | null
  broken: PhaseRun | null
  /** `nginx -T` of the broken configuration (stdout, as pasted). */
  dump: string | null
  /** checkConfig of that dump, with the broken run's findings. */
  found: ConfigFinding[]
  /** The finding of the proof's check at the expected place, if it fired there. */
  mistake: ConfigFinding | null
  /** The app's edit applied to the dumped files (or the person's, see personFixWhy). */
  edited: EditedFile[]
  /** What was written back, after `fill`. */
  written: { path: string; text: string }[]
  /** Whose fix was written: the app's edit, or the person's (the app gave none). */
  fixBy: 'app' | 'person' | null
  /** The page's own command that applies the app's diff (`patch`), run as shown. */
  patch: NginxRun | null
  test: NginxRun | null
  fixed: PhaseRun | null
  /** checkConfig of `nginx -T` of the fixed configuration, with the fixed run's findings. */
  fixedFound: ConfigFinding[]
  probe: Record<string, unknown>
  ms: number
  error: string | null
}

/** renderConfig's nginx.conf with the proof's lines and its main-context lines before events. */
function mainFile(world: ConfigWorld, port: number, serverName: string): string {
  const conf = renderConfig({
    port,
    serverName,
    workerConnections: world.workerConnections ?? 64,
    http: ['include conf.d/*.conf;'],
    server: world.server ?? [],
    location: world.location ?? [],
  })
  const main = world.main ?? []
  return main.length === 0 ? conf : conf.replace(/^events /m, `${main.join('\n')}\nevents `)
}

/** The 1-based line of the first line of `text` matching `match`, or 0. */
export function lineMatching(text: string, match: RegExp): number {
  return text.split('\n').findIndex((line) => match.test(line)) + 1
}

/** Where the mistake of the proof's check is, when its check fired there. */
function mistakeAt(
  found: ConfigFinding[],
  check: ConfigCheckId,
  at: { file: string; line: number },
) {
  return found.find((f) => f.check === check && f.file === at.file && f.line === at.line) ?? null
}

function fresh(proof: ConfigProof): ConfigProofResult {
  return {
    ...{ id: proof.id, check: proof.check, expected: null, broken: null, dump: null, found: [] },
    ...{
      mistake: null,
      edited: [],
      written: [],
      fixBy: null,
      patch: null,
      test: null,
      fixed: null,
      fixedFound: [],
    },
    ...{ probe: {}, ms: 0, error: null },
  }
}

/** Checks a dump the way the page does, with the run's findings and the proof's setup. */
function check(dump: string, findings: Finding[], setup: SetupAnswers = {}): ConfigFinding[] {
  return checkConfig(readConfigPaste(dump), { findings, setup })
}

/** Runs one proof from start to end; never throws (the result says where it stopped). */
export async function runConfigProof(
  proof: ConfigProof,
  realBin: string,
  root: string,
): Promise<ConfigProofResult> {
  const started = Date.now()
  const result = fresh(proof)
  const dir = path.join(root, proof.id)
  let world: ConfigWorld | null = null
  let nginx: NginxProcess | null = null
  try {
    for (const sub of ['conf/conf.d', 'logs', 'tmp'])
      await mkdir(path.join(dir, sub), { recursive: true })
    await chmod(dir, 0o755)
    const port = await freePort()
    const live = await proof.world({ dir, root: isRoot(), port })
    world = live
    const serverName = `lab-${proof.id}`
    const texts: Record<ProofFile, string> = {
      'nginx.conf': mainFile(live, port, serverName),
      'conf.d/app.conf': [...(live.http ?? []), ''].join('\n'),
    }
    for (const [name, text] of Object.entries(texts))
      await writeFile(path.join(dir, 'conf', name), text)
    let bin = realBin
    if (live.hosts !== undefined) {
      await writeFile(path.join(dir, 'hosts'), live.hosts)
      bin = await hostsWrapper(realBin, dir, path.join(dir, 'hosts'))
    }
    const line = lineMatching(texts[live.at.file], live.at.match)
    result.expected = { file: path.join(dir, 'conf', live.at.file), line }

    nginx = await startNginx(bin, dir)
    result.broken = await firePhase(nginx, port, serverName, (env) => live.fire(env, 'broken'))
    const dump = await dumpConfig(bin, dir)
    if (dump.code !== 0) throw new Error(`nginx -T failed: ${dump.stderr}`)
    result.dump = dump.stdout
    result.found = check(dump.stdout, result.broken.findings, proof.setup)
    result.mistake = mistakeAt(result.found, proof.check, result.expected)
    if (result.mistake === null) throw new Error(`${proof.check} did not fire at line ${line}`)

    Object.assign(result, await fixFiles(live, dump.stdout, result.mistake, dir))
    result.test = await testConfig(bin, dir)
    if (result.test.code !== 0) throw new Error(`nginx -t failed: ${result.test.stderr}`)
    await reloadNginx(bin, dir)
    result.fixed = await firePhase(nginx, port, serverName, (env) => live.fire(env, 'fixed'))
    const fixedDump = await dumpConfig(bin, dir)
    if (fixedDump.code !== 0) throw new Error(`nginx -T of the fix failed: ${fixedDump.stderr}`)
    result.fixedFound = check(fixedDump.stdout, result.fixed.findings, proof.setup)
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err)
  } finally {
    await nginx?.stop()
    result.probe = world?.probe?.() ?? {}
    await Promise.all((world?.backends ?? []).map((b) => b.close().catch(() => undefined)))
    result.ms = Date.now() - started
  }
  return result
}
