import type { CauseId } from '../../causes.ts'
import type { SetupAnswers } from '../../fix/types.ts'
import type { Finding } from '../../log/finding.ts'
import type { ConfigCheckId } from '../check-ids.ts'
import type { Directive, ParsedConfig } from '../types.ts'
import type { Placed } from '../walk.ts'

/** What every check reads: the configuration, and the log's findings and setup when given. */
export interface CheckInput {
  config: ParsedConfig
  placed: readonly Placed[]
  upstreams: ReadonlyMap<string, Directive>
  findings: readonly Finding[]
  setup: SetupAnswers
}

/** An edit of one line of the person's file: the line as it is, and as it should be. */
export interface ConfigEdit {
  file: string
  line: number
  before: string
  after: string
}

/** A mistake one check found, at the directive that makes it. */
export interface ConfigMistake {
  check: ConfigCheckId
  file: string
  line: number
  /** The directive as written (`proxy_pass http://localhost:3000`). */
  directive: string
  /** `error`: breaks requests as written; `warning`: breaks them in some setups; `risk`: no cause. */
  severity: 'error' | 'warning' | 'risk'
  /** The address, socket or group it concerns, to match with the log's upstreams. */
  target?: string
  /** The edits that fix it, one per line to change (none when the fix is not in this file). */
  edits: ConfigEdit[]
  /** What the check had to assume that the paste does not say (nginx's user, a default). */
  assumed?: string
  /** Raised by the log's finding of this cause (its requests went through this directive). */
  raisedBy?: CauseId
}

/** One check: a pure function over the configuration (and the log's findings when given). */
export type Check = (input: CheckInput) => ConfigMistake[]
