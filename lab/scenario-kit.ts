/**
 * The shape of a lab scenario and the rules that say which cause each captured line must get.
 */
import type { CauseId } from '../src/core/causes.ts'
import { httpBackend, rawBackend, type Backend, type RawBehaviour } from './backends.ts'
import type { HttpOutcome, HttpRequest } from './client.ts'

/** Extra nginx config lines; issue 3 uses these to apply a fix and expect a 200. */
export interface ConfigExtra {
  /** Lines at `http{}` level (e.g. an `upstream{}` block). */
  http?: string[]
  /** Lines inside the scenario's `server{}`, outside `location /`. */
  server?: string[]
  /** Lines inside `location / {}`. */
  location?: string[]
}

export interface SetupEnv {
  /** The scenario's own temporary directory (traversable by the nginx worker). */
  dir: string
  /** True when the lab runs as root (workers then run as `nobody`). */
  root: boolean
}

export interface ScenarioSetup {
  /** Backends to close when the scenario ends. */
  backends: Backend[]
  /** The scenario's own config lines (the `proxy_pass` and friends). */
  config: ConfigExtra
  /** events{worker_connections}; 64 unless a scenario needs a tiny value. */
  workerConnections?: number
}

export type RequestOptions = Omit<HttpRequest, 'port' | 'host'>

export interface FireEnv {
  port: number
  serverName: string
  /** Fires one request at nginx; its outcome is recorded in the scenario's result. */
  request(options?: Partial<RequestOptions>): Promise<HttpOutcome>
  /** Opens a connection with half a request head, kept open until the scenario ends. */
  stall(): Promise<void>
  /** The error-log lines nginx has written for this scenario so far. */
  errorLines(): Promise<string[]>
  sleep(ms: number): Promise<void>
}

/**
 * `causal`: the scenario's evidence (must appear at least once); `related`: other evidence the
 * scenario also produces; `lookalike`: text that resembles an error but is not one (cause null).
 */
export type LineRole = 'causal' | 'related' | 'lookalike'

export interface LineRule {
  match: RegExp
  cause: CauseId | null
  role: LineRole
}

export interface Scenario {
  id: string
  title: string
  /** The cause the scenario demonstrates (null for look-alike-only scenarios). */
  cause: CauseId | null
  /** A status that must be among the ones the client got (null: a response-less ending). */
  expectStatus: number | null
  setup(env: SetupEnv): Promise<ScenarioSetup>
  fire(env: FireEnv): Promise<void>
  /** Scenario-specific line rules, checked before the shared look-alike rules. */
  rules: LineRule[]
  /** Config lines added on top of the scenario's own (a fix to try). */
  extra?: ConfigExtra
  /** Write the instance's start-up and shutdown notices into the captured sample too. */
  captureLifecycle?: boolean
}

export const causal = (match: RegExp, cause: CauseId): LineRule => ({
  match,
  cause,
  role: 'causal',
})
export const related = (match: RegExp, cause: CauseId): LineRule => ({
  match,
  cause,
  role: 'related',
})
export const lookalike = (match: RegExp): LineRule => ({ match, cause: null, role: 'lookalike' })

/** Lines every scenario may produce that are not evidence of a gateway error. */
export const SHARED_LOOKALIKES: LineRule[] = [
  lookalike(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] \d+#\d+: /),
  lookalike(/upstream server temporarily disabled/),
  lookalike(/client prematurely closed connection/),
  lookalike(/a client request body is buffered to a temporary file/),
  lookalike(/client closed connection while waiting for request/),
]

const ACCESS_LINE = /^\S+ - \S+ \[[^\]]+\] "[^"]*" (\d{3}) \d+ "/

/** The `$status` of an access-log line in the lab's format, or null for other lines. */
export function accessStatus(line: string): number | null {
  const match = ACCESS_LINE.exec(line)
  return match?.[1] === undefined ? null : Number(match[1])
}

/**
 * The cause `line` must be classified as, or undefined when the lab has no opinion about it.
 * Access-log lines: 502/504 → `access-log-502`, any other status → null.
 */
export function expectedCause(scenario: Scenario, line: string): CauseId | null | undefined {
  const status = accessStatus(line)
  if (status !== null) return status === 502 || status === 504 ? 'access-log-502' : null
  const rule = [...scenario.rules, ...SHARED_LOOKALIKES].find((r) => r.match.test(line))
  return rule === undefined ? undefined : rule.cause
}

/**
 * The first line matching the scenario's first causal rule that matched anything (rule order is
 * the order of preference), with that rule's cause.
 */
export function firstCausal(
  scenario: Scenario,
  lines: string[],
): { line: string; cause: CauseId | null } | null {
  for (const rule of scenario.rules) {
    if (rule.role !== 'causal') continue
    const line = lines.find((l) => rule.match.test(l))
    if (line !== undefined) return { line, cause: rule.cause }
  }
  return null
}

/** A copy of `base` under a new id with extra config (e.g. a fix) and another expected outcome. */
export function deriveScenario(
  base: Scenario,
  changes: Pick<Scenario, 'id' | 'title'> & Partial<Omit<Scenario, 'setup' | 'fire'>>,
): Scenario {
  return { ...base, ...changes }
}

export const reply = (text: string): RawBehaviour => ({
  kind: 'reply',
  bytes: Buffer.from(text, 'latin1'),
})

/** A scenario whose backend is a raw TCP server and whose request is one GET. */
export function rawScenario(
  base: Omit<Scenario, 'setup' | 'fire'>,
  behaviour: RawBehaviour,
  location: string[] = [],
): Scenario {
  return {
    ...base,
    setup: async () => {
      const backend = await rawBackend(behaviour)
      return {
        backends: [backend],
        config: { location: [...location, `proxy_pass http://${backend.address};`] },
      }
    },
    fire: async (env) => {
      await env.request()
    },
  }
}

/** A scenario whose backend is a real node:http server reached over another protocol. */
export function protocolScenario(
  base: Omit<Scenario, 'setup' | 'fire'>,
  directive: string,
): Scenario {
  return {
    ...base,
    setup: async () => {
      const backend = await httpBackend()
      return { backends: [backend], config: { location: [`${directive} ${backend.address};`] } }
    },
    fire: async (env) => {
      await env.request()
    },
  }
}
