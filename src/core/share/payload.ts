import type { SlotValues } from '../fix/fill-template.ts'
import type { SetupAnswers } from '../fix/types.ts'
import type { Finding } from '../log/finding.ts'
import type { SharedConfigMistake, SharedDiagnosis } from '../permalink/restore.ts'
import { redactConfigLine } from './redact-config.ts'
import { createRedactor, REDACT_ALL, type MoreNames, type RedactOptions } from './redact.ts'
import type { CauseId } from '../causes.ts'

/** What the person chose to share and how. */
export interface ShareInput {
  /** The whole pasted text (used only when `wholeLog` is set). */
  text: string
  findings: readonly Finding[]
  answers?: Readonly<Record<string, string>>
  passed?: readonly string[]
  setup?: SetupAnswers
  slots?: SlotValues
  chosen?: CauseId | null
  /** Share every line, not just a few per finding (still redacted). Default: false. */
  wholeLog?: boolean
  redact?: RedactOptions
  /** The config's mistakes and the names it holds: only these lines of it are shared. */
  config?: { mistakes: readonly SharedConfigMistake[]; names: MoreNames }
}

/** How many example lines each finding contributes to a link by default. */
export const LINES_PER_FINDING = 2

/**
 * Builds what a permalink carries: by default a couple of representative lines per finding
 * with the finding's totals (count, first and last time), not the whole paste; the answers,
 * setup, typed values and the open finding. Lines are redacted unless told otherwise.
 */
export function buildShare(input: ShareInput): SharedDiagnosis {
  const raw = input.wholeLog
    ? input.text.split('\n').filter((line) => line.trim() !== '')
    : input.findings.flatMap((f) => f.examples.slice(0, LINES_PER_FINDING).map((e) => e.text))
  const options = input.redact ?? REDACT_ALL
  // One redactor for the log's lines and the config's: the same pseudonyms in both.
  const redact = createRedactor(raw, options, input.config?.names)
  const share: SharedDiagnosis = { v: 1, lines: raw.map(redact) }
  const mistakes = input.config?.mistakes ?? []
  if (mistakes.length > 0) {
    share.config = mistakes.map((m) => ({
      ...m,
      file: redactConfigLine(m.file, redact, options),
      directive: redactConfigLine(m.directive, redact, options),
    }))
  }
  // Host and pod names say whose fleet it is: pseudonyms, the same one for a host everywhere.
  const hosts = new Map<string, string>()
  const host = (name: string): string => {
    if (!options.sites) return name
    let pseudonym = hosts.get(name)
    if (pseudonym === undefined) hosts.set(name, (pseudonym = `host-${hosts.size + 1}`))
    return pseudonym
  }
  if (!input.wholeLog && input.findings.length > 0) {
    // The sender's figures, so the receiver sees them though the link holds a few lines;
    // names redacted with the lines' own pseudonyms.
    share.counts = input.findings.map((f) => ({
      cause: f.cause,
      lines: f.lines,
      ...(f.first === null ? {} : { first: f.first }),
      ...(f.last === null ? {} : { last: f.last }),
      ...(f.statuses.length === 0 ? {} : { statuses: [...f.statuses] }),
      ...(f.upstreams.length === 0
        ? {}
        : { upstreams: f.upstreams.map((u) => ({ address: redact(u.address), lines: u.lines })) }),
      ...(f.otherUpstreamLines === 0 ? {} : { otherUpstreamLines: f.otherUpstreamLines }),
      ...(f.servers.length === 0 ? {} : { servers: f.servers.map(redact) }),
      ...(f.stream === 0 ? {} : { stream: f.stream }),
      ...(f.instances === undefined
        ? {}
        : {
            instances: f.instances
              .slice(0, 50)
              .map((i) => ({ name: host(i.name), lines: i.lines })),
          }),
    }))
  }
  if (input.wholeLog) share.whole = true
  if (input.answers !== undefined && Object.keys(input.answers).length > 0)
    share.answers = { ...input.answers }
  if (input.passed !== undefined && input.passed.length > 0) share.passed = [...input.passed]
  if (input.setup !== undefined && Object.keys(input.setup).length > 0)
    share.setup = { ...input.setup }
  if (input.slots !== undefined && Object.keys(input.slots).length > 0)
    share.slots = { ...input.slots }
  if (input.chosen != null) share.chosen = input.chosen
  return share
}
