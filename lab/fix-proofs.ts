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
import { startDnsResponder } from './dns-responder.ts'
import { keepaliveBackend } from './keepalive-backend.ts'
import { isRoot } from './nginx.ts'
import { runScenario, type ScenarioResult } from './run-lab.ts'
import {
  causal,
  type ConfigExtra,
  type FireEnv,
  type LineRule,
  type Scenario,
  type SetupEnv,
} from './scenario-kit.ts'
import { scenarioById } from './scenarios.ts'

/** The setup the lab stands for when a guide has variants: Node backends on the same host. */
export const LAB_SETUP: Required<SetupAnswers> = {
  backend: 'node',
  runtime: 'other',
  location: 'same-host',
  distro: 'debian',
  front: 'nothing',
}

function fits(when: When | undefined): boolean {
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

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

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
function configValues(config: ConfigExtra): SlotValues {
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
async function ipv4OnlyBackend(): Promise<Backend> {
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

const mentions = (pattern: RegExp) => (text: string) => pattern.test(text)

const HEADER_FIX = fixOption('header-too-big', mentions(/proxy_buffer_size/))

const headerTooBig: Proof = {
  id: 'fix-header-too-big',
  title: '16 KB Set-Cookie header; the guide raises proxy_buffer_size with valid buffers',
  cause: 'header-too-big',
  brokenStatus: 502,
  rules: scenarioById('header-too-big').rules,
  option: HEADER_FIX,
  snippets: nginxSnippets(HEADER_FIX, mentions(/proxy_buffer_size/)),
  world: async (env) => {
    const base = scenarioById('header-too-big')
    const setup = await base.setup(env)
    return {
      backends: setup.backends,
      config: setup.config,
      values: configValues(setup.config),
      fire: (fire) => base.fire(fire),
    }
  },
}

const READ_TIMEOUT_FIX = fixOption('upstream-read-timeout', mentions(/proxy_read_timeout/))
const READ_TIMEOUT_SNIPPETS = nginxSnippets(READ_TIMEOUT_FIX, mentions(/proxy_read_timeout/))
/** A path inside the location the snippet gives the longer timeout (e.g. `/reports/`). */
const SLOW_PATH = `${/location\s+(\/\S*)\s*\{/.exec(READ_TIMEOUT_SNIPPETS.map((s) => s.text).join('\n'))?.[1] ?? '/'}monthly`

const readTimeout: Proof = {
  id: 'fix-read-timeout',
  title: 'backend answers after 2 s, proxy_read_timeout 1s; the guide gives that location longer',
  cause: 'upstream-read-timeout',
  brokenStatus: 504,
  rules: [
    causal(
      /upstream timed out \(110: Connection timed out\) while reading response header from upstream/,
      'upstream-read-timeout',
    ),
  ],
  option: READ_TIMEOUT_FIX,
  snippets: READ_TIMEOUT_SNIPPETS,
  world: async () => {
    const backend = await httpBackend(2000)
    const config = {
      location: ['proxy_read_timeout 1s;', `proxy_pass http://${backend.address};`],
    }
    return {
      backends: [backend],
      config,
      values: configValues(config),
      fire: async (env) => {
        await env.request({ path: SLOW_PATH, timeoutMs: 8000 })
      },
    }
  },
}

const RESOLVER_FIX = fixOption('dns-no-resolver', mentions(/^\s*resolver\s/m))
const RESOLVER_SNIPPETS = nginxSnippets(RESOLVER_FIX, mentions(/^\s*resolver\s/m))
/** A name only the lab's own DNS responder knows (`.test` is reserved for testing). */
const TEST_NAME = 'app.lab.test'
/** The resolver address the same-host snippet spells out (systemd-resolved's stub). */
const SNIPPET_RESOLVER = /^\s*resolver\s+(\S+)/m.exec(RESOLVER_SNIPPETS[0]?.text ?? '')?.[1] ?? ''

const noResolver: Proof = {
  id: 'fix-no-resolver',
  title: 'variable proxy_pass to a test name, no resolver; the guide adds one',
  cause: 'dns-no-resolver',
  brokenStatus: 502,
  rules: [causal(/no resolver defined to resolve app\.lab\.test/, 'dns-no-resolver')],
  option: RESOLVER_FIX,
  snippets: RESOLVER_SNIPPETS,
  world: async () => {
    const backend = await httpBackend()
    const port = backend.address.split(':').at(-1) ?? ''
    const dns = await startDnsResponder({ [TEST_NAME]: '127.0.0.1' })
    const dnsBackend: Backend = { address: dns.address, close: () => dns.close() }
    return {
      backends: [backend, dnsBackend],
      config: { location: [`set $app ${TEST_NAME};`, `proxy_pass http://$app:${port};`] },
      values: { location: '/', path: '/', host: TEST_NAME, port, address: `${TEST_NAME}:${port}` },
      literals: { [SNIPPET_RESOLVER]: dns.address },
      fire: async (env) => {
        await env.request()
      },
      probe: () => ({ dnsQueries: [...dns.queries] }),
    }
  },
}

const IPV6_FIX = fixOption('upstream-refused-ipv6', mentions(/proxy_pass http:\/\/127\.0\.0\.1:/))

const refusedIpv6: Proof = {
  id: 'fix-refused-ipv6',
  title: 'app on 127.0.0.1 only, proxy_pass to [::1]; the guide points nginx at 127.0.0.1',
  cause: 'upstream-refused-ipv6',
  brokenStatus: 502,
  rules: scenarioById('refused-ipv6').rules,
  option: IPV6_FIX,
  snippets: nginxSnippets(IPV6_FIX, mentions(/proxy_pass http:\/\/127\.0\.0\.1:/)),
  world: async () => {
    const backend = await ipv4OnlyBackend()
    const port = backend.address.split(':').at(-1) ?? ''
    const config = { location: [`proxy_pass http://[::1]:${port};`] }
    return {
      backends: [backend],
      config,
      values: configValues(config),
      fire: async (env) => {
        await env.request()
      },
    }
  },
}

const BACKUP_FIX = fixOption('no-live-upstreams', mentions(/\bbackup;/))
const BACKUP_SNIPPETS = nginxSnippets(BACKUP_FIX, mentions(/\bbackup;/))
/** The example servers of the snippet, in order: the group's servers, then the backup. */
const BACKUP_EXAMPLES = [
  ...(BACKUP_SNIPPETS[0]?.text ?? '').matchAll(/^\s*server\s+((?:\d+\.){3}\d+:\d+)/gm),
].map((m) => m[1] ?? '')

const noLiveUpstreams: Proof = {
  id: 'fix-no-live-upstreams',
  title: 'group of two dead servers; the guide’s max_fails and a live backup server',
  cause: 'no-live-upstreams',
  brokenStatus: 502,
  rules: scenarioById('no-live-upstreams').rules,
  option: BACKUP_FIX,
  snippets: BACKUP_SNIPPETS,
  world: async (env) => {
    const base = scenarioById('no-live-upstreams')
    const setup = await base.setup(env)
    const backup = await httpBackend()
    const dead = [
      ...(setup.config.http ?? []).join('\n').matchAll(/server\s+(127\.0\.0\.1:\d+)/g),
    ].map((m) => m[1] ?? '')
    const lab = [...dead, backup.address]
    if (BACKUP_EXAMPLES.length !== lab.length) {
      await Promise.all([...setup.backends, backup].map((b) => b.close()))
      throw new Error(
        `expected ${lab.length} example servers, the snippet has ${BACKUP_EXAMPLES.join(', ')}`,
      )
    }
    return {
      backends: [...setup.backends, backup],
      config: setup.config,
      values: configValues(setup.config),
      literals: Object.fromEntries(BACKUP_EXAMPLES.map((example, i) => [example, lab[i] ?? ''])),
      fire: (fire) => base.fire(fire),
    }
  },
}

/** The option's JavaScript snippet for a Node backend (the backend half of a fix). */
function nodeSnippet(option: FixOption): SnippetStep {
  const js = option.steps.find(
    (s): s is SnippetStep => s.kind === 'snippet' && s.language === 'javascript' && fits(s.when),
  )
  if (js === undefined) throw new Error(`"${option.title}" has no snippet for a Node backend`)
  return js
}

const KEEPALIVE_FIX = fixOption('upstream-reset', mentions(/^\s*keepalive\s+\d+;/m))
/** Node's keep-alive idle timeout in the broken backend (5 s in production, shortened here). */
const BACKEND_IDLE_MS = 100
/** Longer than BACKEND_IDLE_MS plus the 1 s Node adds to it since v20.x, with a margin. */
const BACKEND_PAUSE_MS = BACKEND_IDLE_MS + 1000 + 300

const keepaliveRace: Proof = {
  id: 'fix-keepalive-race',
  title:
    'nginx reuses a keep-alive connection the backend closes at that moment (POST); the guide aligns keep-alive',
  cause: 'upstream-reset',
  brokenStatus: 502,
  rules: [
    causal(
      /recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream/,
      'upstream-reset',
    ),
  ],
  option: KEEPALIVE_FIX,
  snippets: nginxSnippets(KEEPALIVE_FIX),
  backendSnippet: nodeSnippet(KEEPALIVE_FIX),
  world: async () => {
    const backend = await keepaliveBackend(BACKEND_IDLE_MS)
    const config = {
      http: ['upstream lab_app {', `    server ${backend.address};`, '    keepalive 16;', '}'],
      location: [
        'proxy_http_version 1.1;',
        'proxy_set_header Connection "";',
        'proxy_pass http://lab_app;',
      ],
    }
    return {
      backends: [backend],
      config,
      values: configValues(config),
      fire: async (env) => {
        // The first request leaves an idle keep-alive connection in nginx's cache. The backend
        // then stalls past its idle timeout; the POST goes into that connection meanwhile, and
        // when the backend resumes its idle timer fires first: it closes a connection holding
        // an unread request (a reset). nginx does not re-send a POST: 502.
        await env.request({ path: '/warm-up' })
        await backend.pause(BACKEND_PAUSE_MS)
        await env.request({ method: 'POST', path: '/orders', body: Buffer.from('item=1') })
      },
      configureBackend: (code) => backend.configure(code),
    }
  },
}

export const PROOFS: readonly Proof[] = [
  headerTooBig,
  readTimeout,
  noResolver,
  refusedIpv6,
  noLiveUpstreams,
  keepaliveRace,
]
