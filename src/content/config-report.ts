import { applySteps, nginxPlace, type ApplySteps } from './config-apply.ts'
import { CONFIG_CHECK_TITLES } from './config-checks.ts'
import { fillTemplate, slotValuesFromFacts, type SlotValues } from '../core/fix/fill-template.ts'
import { treeAnswersFromConfig } from './tree-config.ts'
import type { CauseId } from '../core/causes.ts'
import { applyEdits, type EditedFile } from '../core/config/apply-edits.ts'
import { checkConfig, type ConfigFinding } from '../core/config/check.ts'
import { readConfigPaste } from '../core/config/dump.ts'
import { findingInConfig, type FindingInConfig } from '../core/config/in-your-config.ts'
import { setupFromConfig, withConfigSetup } from '../core/config/setup-from-config.ts'
import type { ConfigProblem, ParsedConfig } from '../core/config/types.ts'
import { inferSetup, setupInEffect, type InferredSetup } from '../core/fix/infer-setup.ts'
import type { SetupAnswers, SetupQuestion } from '../core/fix/types.ts'
import type { Finding } from '../core/log/finding.ts'
import type { Answers } from '../core/tree/walk.ts'
import { configNames } from '../core/share/config-names.ts'
import type { MoreNames } from '../core/share/redact.ts'

/** A configuration, checked and joined with the log: what the page and the command line show. */
export interface ConfigCheck {
  /** Its mistakes, in the order to act on them. */
  found: (ConfigFinding & { title: string })[]
  /** The files as the edits leave them, each with its diff. */
  edited: EditedFile[]
  problems: ConfigProblem[]
  /** The log's setup guesses with the config's filling the gaps (see withConfigSetup). */
  inferred: InferredSetup
  /** Each finding's lines and settings in the config, when something routes there. */
  byCause: Partial<Record<CauseId, FindingInConfig>>
  /** The decision tree's questions the config answers. */
  treeAnswers: Answers
  /** How to apply the edits and reload, for where nginx runs, filled. */
  apply: ApplySteps
  /** The names it holds (sites, backends), for redacting what a share carries of it. */
  names: Required<MoreNames>
}

/** Reads a pasted configuration (kept apart so a new log does not parse it again). */
export const readConfig = (text: string): ParsedConfig => readConfigPaste(text)

/**
 * Checks a read configuration with the log's findings and the person's setup answers: its
 * mistakes in order, their edits as one diff with the way to apply it where nginx runs, each
 * finding's place in the config, and the setup and tree answers the config gives.
 */
export function checkReadConfig(
  config: ParsedConfig,
  findings: readonly Finding[],
  answered: SetupAnswers,
  unsure: readonly SetupQuestion[],
): ConfigCheck {
  const fromConfig = setupFromConfig(config)
  const inferred = withConfigSetup(inferSetup(findings), fromConfig)
  const setup = setupInEffect(inferred, answered, unsure)
  const found = checkConfig(config, { findings, setup }).map((f) => ({
    ...f,
    title: CONFIG_CHECK_TITLES[f.check],
  }))
  const edited = applyEdits(
    config.files,
    found.flatMap((f) => f.edits),
  )
  const byCause: Partial<Record<CauseId, FindingInConfig>> = {}
  for (const finding of findings) {
    const joined = findingInConfig(config, finding)
    if (joined !== null) byCause[finding.cause] = joined
  }
  const diff = edited.map((f) => f.diff).join('')
  const pool = {
    edited: found.some((f) => f.check === 'socket-owner-mismatch' && f.edits.length > 0),
    distro: setup.distro,
  }
  // patch -d / needs the paths nginx -T prints; a dropped file's bare name is not one.
  const named = edited.every((f) => f.path.startsWith('/'))
  const steps = applySteps(nginxPlace(findings, fromConfig), diff, named, pool)
  // The first finding's values win: it is the one to act on.
  const values: SlotValues = Object.assign(
    {},
    ...[...findings].reverse().map((f) => slotValuesFromFacts(f.sample)),
  )
  return {
    found,
    edited,
    apply: { patch: steps.patch, note: steps.note, reload: fillTemplate(steps.reload, values) },
    problems: config.problems,
    inferred,
    byCause,
    treeAnswers: treeAnswersFromConfig(config),
    names: configNames(config),
  }
}
