import { CONFIG_CHECK_TITLES } from '../content/config-checks.ts'
import { applyEdits, type EditedFile } from '../core/config/apply-edits.ts'
import { checkConfig, type ConfigFinding } from '../core/config/check.ts'
import { readConfigPaste } from '../core/config/dump.ts'
import type { ConfigProblem } from '../core/config/types.ts'
import type { SetupAnswers } from '../core/fix/types.ts'
import type { Finding } from '../core/log/finding.ts'

/** The pasted configuration, checked: its mistakes, the files as edited, what could not be read. */
export interface ConfigCheck {
  found: (ConfigFinding & { title: string })[]
  edited: EditedFile[]
  problems: ConfigProblem[]
}

/** Parses and checks a pasted config with the log's findings: loaded only once one is pasted. */
export function checkPastedConfig(
  text: string,
  findings: readonly Finding[],
  setup: SetupAnswers,
): ConfigCheck {
  const config = readConfigPaste(text)
  const found = checkConfig(config, { findings, setup }).map((f) => ({
    ...f,
    title: CONFIG_CHECK_TITLES[f.check],
  }))
  const edited = applyEdits(
    config.files,
    found.flatMap((f) => f.edits),
  )
  return { found, edited, problems: config.problems }
}
