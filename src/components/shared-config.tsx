import { CONFIG_CHECK_TITLES } from '../content/config-checks.ts'
import type { SharedConfigMistake } from '../core/permalink/restore.ts'
import { ConfigMistake } from './config-mistake.tsx'
import '../styles/config.css'

/** The sender's config mistakes from a shared link: where each stood and its line, redacted. */
export function SharedConfig({ mistakes }: { mistakes: readonly SharedConfigMistake[] }) {
  return (
    <section className="config-findings" aria-labelledby="shared-config-heading">
      <h2 id="shared-config-heading">Their nginx config</h2>
      <p className="hint">
        The link carries only the lines of each mistake (redacted), never the config itself.
      </p>
      <ol className="config-list">
        {mistakes.map((m) => (
          <li key={`${m.check}:${m.file}:${m.line}`}>
            <ConfigMistake {...m} title={CONFIG_CHECK_TITLES[m.check]}>
              {m.confirmed && <p className="config-confirmed">Their log shows what this causes.</p>}
            </ConfigMistake>
          </li>
        ))}
      </ol>
    </section>
  )
}
