import type { CauseId } from '../../causes.ts'

/** What one entry is evidence of. */
export interface Verdict {
  cause: CauseId | null
  /** Status the client got, when the catalog lets us derive it. */
  status?: number
  /** Why a look-alike is not evidence. */
  lookalike?: string
  /** The other plausible reading of an ambiguous entry. */
  alternative?: CauseId
}

/**
 * What of an upstream can change a verdict: its kind (unix socket, IPv4, IPv6, `::1`, the
 * ingress placeholder `0.0.0.1`), not its name. The reader's memo keys verdicts on it.
 */
export type UpstreamKind = '' | 'unix' | 'v4' | 'v6' | '::1' | '0.0.0.1'
