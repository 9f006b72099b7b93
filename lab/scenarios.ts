/**
 * The lab's table of scenarios: each provokes one nginx upstream failure (or a look-alike).
 */
import type { Scenario } from './scenario-kit.ts'
import { CONNECT_SCENARIOS } from './scenarios-connect.ts'
import { CONTROL_SCENARIOS } from './scenarios-controls.ts'
import { NGINX_SIDE_SCENARIOS } from './scenarios-nginx.ts'
import { PROTOCOL_SCENARIOS } from './scenarios-protocol.ts'
import { RESPONSE_SCENARIOS } from './scenarios-response.ts'

export type {
  ConfigExtra,
  FireEnv,
  LineRole,
  LineRule,
  RequestOptions,
  Scenario,
  ScenarioSetup,
  SetupEnv,
} from './scenario-kit.ts'
export {
  SHARED_LOOKALIKES,
  accessStatus,
  deriveScenario,
  expectedCause,
  firstCausal,
} from './scenario-kit.ts'

export const SCENARIOS: readonly Scenario[] = [
  ...CONNECT_SCENARIOS,
  ...NGINX_SIDE_SCENARIOS,
  ...RESPONSE_SCENARIOS,
  ...PROTOCOL_SCENARIOS,
  ...CONTROL_SCENARIOS,
]

/** The scenario with this id; throws for an unknown id. */
export function scenarioById(id: string): Scenario {
  const scenario = SCENARIOS.find((s) => s.id === id)
  if (scenario === undefined) throw new Error(`unknown lab scenario "${id}"`)
  return scenario
}
