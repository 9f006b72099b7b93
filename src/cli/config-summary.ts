import { CONFIG_CHECK_TITLES } from '../content/config-checks.ts'
import type { ConfigCheck } from '../content/config-report.ts'

/**
 * The configuration's mistakes for a terminal: where each stands, what it explains, the edit;
 * then all edits as one diff, the command that applies it, and the reload.
 */
export function formatConfig({ found, edited, apply }: ConfigCheck): string {
  if (found.length === 0) return 'Configuration: no mistake found that causes 502/504.\n'
  const out = [`Configuration: ${found.length} mistake${found.length === 1 ? '' : 's'}.`, '']
  found.forEach((f, i) => {
    const where = f.file === '' ? `line ${f.line}` : `${f.file}:${f.line}`
    const seen = f.confirmed ? ' (your log shows it)' : ''
    out.push(`${i + 1}. ${f.check}: ${CONFIG_CHECK_TITLES[f.check].replace(/`/g, '')}${seen}`)
    out.push(`   ${where}  ${f.directive}`)
    if (f.explains.length > 0) out.push(`   explains: ${f.explains.join(', ')}`)
    if (f.assumed !== undefined) out.push(`   assumed: ${f.assumed}`)
    for (const edit of f.edits) {
      out.push(
        `   ${edit.file === '' ? 'line' : `${edit.file}:`}${edit.line}  - ${edit.before.trim()}`,
      )
      for (const line of edit.after.split('\n'))
        out.push(
          `   ${' '.repeat(String(edit.line).length + (edit.file === '' ? 4 : edit.file.length + 1))}  + ${line.trim()}`,
        )
    }
  })
  const diff = edited.map((f) => f.diff).join('')
  if (diff !== '') out.push('', 'All the edits, as one diff:', '', diff.trimEnd())
  if (apply.patch !== null) out.push('', 'Apply it (each old file kept as .orig):', '', apply.patch)
  if (apply.note !== null) out.push('', apply.note)
  out.push('', `Then: ${apply.reload}`, '')
  return out.join('\n')
}
