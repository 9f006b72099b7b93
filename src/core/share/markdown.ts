import { fillTemplate, type SlotValues } from '../fix/fill-template.ts'
import { forSetup } from '../fix/select.ts'
import type { CauseGuide, FixOption, SetupAnswers, Step } from '../fix/types.ts'
import type { Finding } from '../log/finding.ts'
import type { SharedConfigMistake } from '../permalink/restore.ts'

/** What the diagnosis card is made of (all of it already redacted by the caller). */
export interface CardInput {
  /** The finding the card is about, with its plain title and explanation. */
  finding: Finding
  title: string
  plain: string
  guide: CauseGuide
  /** The fix to try first, as the page orders them for this setup. */
  fix: FixOption | undefined
  /** Every finding, for the "also seen" list. */
  findings: readonly Finding[]
  /** Evidence lines, redacted. */
  evidence: readonly string[]
  values: SlotValues
  setup: SetupAnswers
  /** The permalink to the same diagnosis. */
  link: string
  /** The config's mistakes, their lines redacted like the evidence (none without a config). */
  config?: readonly SharedConfigMistake[]
}

const FENCE_LANGUAGE: Record<string, string> = {
  nginx: 'nginx',
  systemd: 'ini',
  'php-fpm': 'ini',
  yaml: 'yaml',
  ini: 'ini',
  dockerfile: 'dockerfile',
  javascript: 'js',
  python: 'python',
}

/**
 * A Markdown block to paste into GitHub, Jira or Slack: symptom, evidence, cause, the checks,
 * the first fix with its snippets, how to verify, and the permalink.
 */
export function diagnosisMarkdown(input: CardInput): string {
  const { finding, guide, values, setup, fix } = input
  const fill = (text: string) => fillTemplate(text, values)
  const statuses =
    finding.statuses.length > 0 ? `clients got ${finding.statuses.join('/')}` : 'gateway errors'
  const when =
    finding.first === null ? '' : ` between ${finding.first} and ${finding.last ?? finding.first}`
  const out = [
    `### 502 Doctor: ${input.title} (\`${finding.cause}\`)`,
    '',
    `**Symptom:** ${statuses}; ${finding.lines} log line${finding.lines === 1 ? '' : 's'}${when}.`,
    '',
    '**Evidence** (redacted):',
    fence('text', input.evidence.join('\n')),
    `**Cause:** ${input.plain}`,
    '',
    '**Check first:**',
    fence(
      'sh',
      guide.confirm
        .filter((c) => forSetup([c], setup).length > 0)
        .slice(0, 3)
        .map((c) => fill(c.text))
        .join('\n'),
    ),
  ]
  if (fix !== undefined) {
    out.push(`**Fix:** ${fix.title}. ${fix.why}`, '')
    for (const step of forSetup(fix.steps, setup)) out.push(stepBlock(step, fill))
    out.push(`_Trade-off:_ ${fix.tradeoff}`, '')
  }
  out.push(
    '**Verify:**',
    fence(
      'sh',
      [
        'sudo nginx -t && sudo systemctl reload nginx',
        ...guide.confirm.slice(0, 1).map((c) => fill(c.text)),
      ].join('\n'),
    ),
  )
  const mistakes = input.config ?? []
  if (mistakes.length > 0) {
    out.push(
      '**In the nginx config** (redacted):',
      fence(
        'text',
        mistakes
          .map(
            (m) => `${m.check}  ${m.file === '' ? 'line ' : `${m.file}:`}${m.line}  ${m.directive}`,
          )
          .join('\n'),
      ),
    )
  }
  const others = input.findings.filter((f) => f.cause !== finding.cause)
  if (others.length > 0) {
    out.push(`**Also seen:** ${others.map((f) => `\`${f.cause}\` (${f.lines})`).join(', ')}`, '')
  }
  out.push(`[Open this diagnosis in 502 Doctor](${input.link})`, '')
  return out.join('\n')
}

function stepBlock(step: Step, fill: (text: string) => string): string {
  if (step.kind === 'command') return fence('sh', fill(step.text))
  const where =
    step.file === undefined ? `in the \`${step.context}\` block` : `in \`${fill(step.file)}\``
  return `${where}:\n${fence(FENCE_LANGUAGE[step.language] ?? '', fill(step.text))}`
}

/** A fenced code block whose fence is longer than any backtick run inside it. */
function fence(language: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${language}\n${body}\n${ticks}\n`
}
