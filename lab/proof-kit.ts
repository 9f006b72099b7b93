/**
 * "Proven, not typed": for the causes a config change cures, the lab breaks a real nginx, takes
 * the fix 502 Doctor shows for that cause (the snippet in CAUSE_GUIDES, never retyped here),
 * fills its slots the way the app does (from the failing run's own log line, falling back to
 * the scenario's real values for slots the line does not carry), applies it at the context it
 * declares, and runs the same requests against the same backends again.
 */
import { mkdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import type { CauseId } from '../src/core/causes.ts'
import {
  fillTemplate,
  SLOT_NAMES,
  slotValuesFromFacts,
  type SlotValues,
} from '../src/core/fix/fill-template.ts'
import type {
  FixOption,
  SetupAnswers,
  SetupQuestion,
  SnippetStep,
  Step,
  When,
} from '../src/core/fix/types.ts'
import { analyzeText } from '../src/core/log/analyze.ts'
import { CAUSE_GUIDES } from '../src/content/guides/index.ts'
import { applySnippet } from './apply-snippet.ts'
import { httpBackend, type Backend } from './backends.ts'
import { isRoot } from './nginx.ts'
import { runScenario, type ScenarioResult } from './run-lab.ts'
import {
  type ConfigExtra,
  type FireEnv,
  type LineRule,
  type Scenario,
  type SetupEnv,
} from './scenario-kit.ts'

/** The setup the lab stands for when a guide has variants: Node backends on the same host. */
export const LAB_SETUP: Required<SetupAnswers> = {
  backend: 'node',
  runtime: 'other',
  location: 'same-host',
  distro: 'debian',
  front: 'nothing',
}

export function fits(when: When | undefined): boolean {
  if (when === undefined) return true
  return (Object.entries(when) as [SetupQuestion, readonly string[]][]).every(
    ([question, values]) => values.includes(LAB_SETUP[question]),
  )
}

function isNginxSnippet(step: Step): step is SnippetStep {
  return step.kind === 'snippet' && step.language === 'nginx'
}

/** The first fix option of `cause` (for the lab's setup) with an nginx snippet passing `test`. */
export function fixOption(cause: CauseId, test: (text: string) => boolean): FixOption {
  const option = CAUSE_GUIDES[cause].fix.find(
    (o) => fits(o.when) && o.steps.some((s) => isNginxSnippet(s) && fits(s.when) && test(s.text)),
  )
  if (option === undefined) throw new Error(`the ${cause} guide has no such nginx fix`)
  return option
}

/** The option's nginx snippets for the lab's setup that pass `test`, in order. */
export function nginxSnippets(
  option: FixOption,
  test: (text: string) => boolean = () => true,
): SnippetStep[] {
  return option.steps.filter(
    (s): s is SnippetStep => isNginxSnippet(s) && fits(s.when) && test(s.text),
  )
}

/** What a proof's two runs share: live backends, the broken config, the requests. */
export interface World {
  backends: Backend[]
  /** The broken configuration. */
  config: ConfigExtra
  /** The scenario's real values, for slots the failing log line does not carry. */
  values: SlotValues
  /**
   * Example values a snippet spells out literally (not as slots), mapped to this lab's: e.g. a
   * second server `127.0.0.1:3001`. Each must occur in the snippets, or the proof fails.
   */
  literals?: Record<string, string>
  fire(env: FireEnv): Promise<void>
  /** Applies the backend half of a fix (code a guide gives for the app itself). */
  configureBackend?(code: string): Promise<unknown>
  /** Facts worth keeping from the world after the runs (e.g. the DNS queries it answered). */
  probe?(): Record<string, unknown>
}

export interface Proof {
  id: string
  title: string
  /** The cause the failing run shows and whose guide gives the fix. */
  cause: CauseId
  /** What the client gets without the fix. */
  brokenStatus: 502 | 504
  rules: LineRule[]
  option: FixOption
  /** The option's nginx snippets that are applied, in order. */
  snippets: SnippetStep[]
  /** The option's snippet for the backend itself (applied after an nginx-only run). */
  backendSnippet?: SnippetStep
  world(env: SetupEnv): Promise<World>
}

export interface AppliedSnippet {
  context: SnippetStep['context']
  /** The snippet as filled and applied. */
  text: string
}

export interface ProofResult {
  id: string
  cause: CauseId
  broken: ScenarioResult | null
  /** What analyzeText says about the failing run's first causal line. */
  brokenCause: CauseId | null
  brokenLine: string | null
  /** The slot values the app would fill from that line. */
  logValues: SlotValues
  /** The values used (the log's, then the scenario's for the rest). */
  values: SlotValues
  applied: AppliedSnippet[]
  fixedConfig: ConfigExtra | null
  /** With a backend half: the run with only the nginx half applied. */
  nginxOnly: ScenarioResult | null
  /** The backend half as applied (filled), when there is one. */
  backendCode: string | null
  fixed: ScenarioResult | null
  probe: Record<string, unknown>
  ms: number
  error: string | null
}

export const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Fills a snippet's slots, then maps its literal example values to the lab's (one pass). */
export function fillSnippet(
  text: string,
  values: SlotValues,
  literals: Record<string, string> = {},
): string {
  const filled = fillTemplate(text, values)
  const placeholder = new RegExp(`<(${SLOT_NAMES.join('|')})>`).exec(filled)
  if (placeholder !== null) throw new Error(`slot {${placeholder[1]}} has no value in:\n${text}`)
  const names = Object.keys(literals)
  if (names.length === 0) return filled
  const pattern = new RegExp(`(?:${names.map(escape).join('|')})(?![\\w.:])`, 'g')
  return filled.replace(pattern, (found) => literals[found] ?? found)
}

/** address/host/port (or group) of the location's proxy_pass, and `/` for location and path. */
export function configValues(config: ConfigExtra): SlotValues {
  const values: SlotValues = { location: '/', path: '/' }
  const pass = /proxy_pass\s+https?:\/\/([^/;\s]+)/.exec((config.location ?? []).join('\n'))
  const target = pass?.[1]
  if (target === undefined) return values
  const hostPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target)
  if (hostPort?.[1] !== undefined && hostPort[2] !== undefined) {
    values.address = target
    values.host = hostPort[1].replace(/^\[|\]$/g, '')
    values.port = hostPort[2]
  } else {
    values.group = target
    const server = /^\s*server\s+((?:\d+\.){3}\d+):(\d+)/m.exec((config.http ?? []).join('\n'))
    if (server?.[1] !== undefined && server[2] !== undefined) {
      values.address = `${server[1]}:${server[2]}`
      values.host = server[1]
      values.port = server[2]
    }
  }
  return values
}

function proofScenario(proof: Proof, world: World, id: string, config: ConfigExtra): Scenario {
  return {
    id,
    title: proof.title,
    cause: proof.cause,
    expectStatus: proof.brokenStatus,
    rules: proof.rules,
    setup: () => Promise.resolve({ backends: [], config }),
    fire: (env) => world.fire(env),
  }
}

/** Runs one proof: broken, (nginx half only,) fixed; never throws. */
export async function runProof(proof: Proof, bin: string, root: string): Promise<ProofResult> {
  const started = Date.now()
  const result: ProofResult = {
    ...{ id: proof.id, cause: proof.cause, broken: null, brokenCause: null, brokenLine: null },
    ...{ logValues: {}, values: {}, applied: [], fixedConfig: null, nginxOnly: null },
    ...{ backendCode: null, fixed: null, probe: {}, ms: 0, error: null },
  }
  let world: World | null = null
  try {
    const dir = path.join(root, proof.id)
    await mkdir(dir, { recursive: true })
    world = await proof.world({ dir, root: isRoot() })
    const run = (suffix: string, config: ConfigExtra): Promise<ScenarioResult> => {
      if (world === null) throw new Error('no world')
      return runScenario(proofScenario(proof, world, `${proof.id}-${suffix}`, config), bin, root)
    }
    const broken = await run('broken', world.config)
    result.broken = broken
    if (broken.error !== null) throw new Error(`broken run: ${broken.error}`)
    const index =
      broken.firstCausalLine === null ? -1 : broken.errorLines.indexOf(broken.firstCausalLine)
    const line = analyzeText(broken.errorLines.join('\n')).find((r) => r.line === index + 1)
    result.brokenLine = broken.firstCausalLine
    result.brokenCause = index < 0 ? null : (line?.cause ?? null)
    result.logValues = line === undefined ? {} : slotValuesFromFacts(line.facts)
    result.values = { ...world.values, ...result.logValues }
    let config = world.config
    for (const snippet of proof.snippets) {
      const text = fillSnippet(snippet.text, result.values, world.literals)
      result.applied.push({ context: snippet.context, text })
      config = applySnippet(config, snippet.context, text)
    }
    for (const literal of Object.keys(world.literals ?? {})) {
      if (!proof.snippets.some((s) => s.text.includes(literal)))
        throw new Error(`the snippets no longer contain the example value ${literal}`)
    }
    result.fixedConfig = config
    if (proof.backendSnippet !== undefined) {
      if (world.configureBackend === undefined)
        throw new Error('this world has no backend to configure')
      result.nginxOnly = await run('nginx-half', config)
      result.backendCode = fillSnippet(proof.backendSnippet.text, result.values, world.literals)
      await world.configureBackend(result.backendCode)
    }
    result.fixed = await run('fixed', config)
    result.probe = world.probe?.() ?? {}
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err)
  } finally {
    await Promise.all((world?.backends ?? []).map((b) => b.close().catch(() => undefined)))
    result.ms = Date.now() - started
  }
  return result
}

// --- the proofs ----------------------------------------------------------------------------

/** A node:http backend on 127.0.0.1:P only, with [::1]:P free (an app bound to IPv4 alone). */
export async function ipv4OnlyBackend(): Promise<Backend> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const backend = await httpBackend()
    const port = Number(backend.address.split(':').at(-1))
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer()
      probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code !== 'EADDRINUSE'))
      probe.listen({ host: '::1', port, exclusive: true }, () => probe.close(() => resolve(true)))
    })
    if (free) return backend
    await backend.close()
  }
  throw new Error('no port free on both 127.0.0.1 and [::1]')
}
