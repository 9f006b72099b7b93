import { CAUSE_SUMMARIES } from '../content/causes.ts'
import type { ConfigFinding } from '../core/config/check.ts'
import type { EditedFile } from '../core/config/apply-edits.ts'
import type { ConfigProblem } from '../core/config/types.ts'
import { CopyButton } from './copy-button.tsx'
import { ConfigMistake, where } from './config-mistake.tsx'

export interface ConfigFindingsProps {
  found: readonly (ConfigFinding & { title: string })[]
  edited: readonly EditedFile[]
  problems: readonly ConfigProblem[]
  /** How to apply the diff and reload, for where nginx runs, filled. */
  apply: { patch: string | null; note: string | null; reload: string }
}

/** The config's mistakes, each at its file and line, then all their edits as one diff. */
export function ConfigFindings({ found, edited, problems, apply }: ConfigFindingsProps) {
  const diff = edited.map((f) => f.diff).join('')
  return (
    <section className="config-findings" aria-labelledby="config-heading">
      <h2 id="config-heading">Your nginx config</h2>
      {found.length === 0 && (
        <p className="note">No mistake found in it that causes 502 or 504 responses.</p>
      )}
      {problems.length > 0 && (
        <p className="note" role="status">
          {problems.length === 1 ? 'One part' : `${problems.length} parts`} could not be read (
          {where(problems[0]!.file, problems[0]!.line)}: {problems[0]!.message}); the rest was
          checked.
        </p>
      )}
      <ol className="config-list">
        {found.map((f) => (
          <li key={`${f.check}:${f.file}:${f.line}`}>
            <ConfigMistake {...f}>
              {f.assumed !== undefined && (
                <p className="hint">Assumed, since the paste does not say: {f.assumed}.</p>
              )}
              {f.confirmed && <p className="config-confirmed">Your log shows what this causes.</p>}
              {!f.confirmed && f.explains.length > 0 && (
                <p className="hint">
                  Would explain: {f.explains.map((c) => CAUSE_SUMMARIES[c].title).join('; ')}.
                </p>
              )}
            </ConfigMistake>
          </li>
        ))}
      </ol>
      {diff !== '' && (
        <div className="config-diff">
          <div className="step-head">
            <p className="step-place">The edits, as one diff of your files</p>
            <CopyButton text={diff} />
          </div>
          <pre>
            <code>{diff}</code>
          </pre>
          {apply.patch !== null && (
            <>
              <div className="step-head">
                <p className="step-place">Apply it (each old file kept as .orig)</p>
                <CopyButton text={apply.patch} />
              </div>
              <pre>
                <code>{apply.patch}</code>
              </pre>
            </>
          )}
          {apply.note !== null && <p className="hint">{apply.note}</p>}
          <div className="step-head">
            <p className="step-place">Then test and reload</p>
            <CopyButton text={apply.reload} />
          </div>
          <pre>
            <code>{apply.reload}</code>
          </pre>
        </div>
      )}
    </section>
  )
}
