import type { RedactOptions } from '../core/share/redact.ts'
import { CopyButton } from './copy-button.tsx'

export interface ShareOptions {
  redact: RedactOptions
  wholeLog: boolean
}

export interface SharePanelProps {
  /** The full permalink (address with `#v1.…`). */
  link: string
  /** The redacted lines the link carries, shown as a preview. */
  preview: readonly string[]
  markdown: string
  options: ShareOptions
  onOptions: (options: ShareOptions) => void
}

const KINDS: [keyof RedactOptions, string][] = [
  ['clients', 'Client addresses → client-1 …'],
  ['upstreams', 'Upstream hosts → upstream-A … (loopback, sockets and ports stay)'],
  ['sites', 'Site names → site-1 …'],
  ['secrets', 'Query strings, cookies, tokens'],
]

/**
 * Share this diagnosis: the permalink (contract: a read-only box named "Permalink" and a
 * "Copy link" button), what the link carries, redaction choices and the Markdown card.
 */
export function SharePanel({ link, preview, markdown, options, onOptions }: SharePanelProps) {
  const setKind = (kind: keyof RedactOptions, on: boolean) =>
    onOptions({ ...options, redact: { ...options.redact, [kind]: on } })
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">Share this diagnosis</h2>
      <p className="note">
        The link holds the diagnosis itself after the <code>#</code>, which browsers never send to a
        server. {link.length.toLocaleString('en-US')} characters.
      </p>
      <div className="share-link">
        <label htmlFor="permalink">Permalink</label>
        <input
          id="permalink"
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={link} label="Copy link" />
      </div>
      <fieldset className="share-options">
        <legend>Hide before sharing</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={options.redact[kind]}
              onChange={(e) => setKind(kind, e.currentTarget.checked)}
            />{' '}
            {label}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={options.wholeLog}
            onChange={(e) => onOptions({ ...options, wholeLog: e.currentTarget.checked })}
          />{' '}
          Include the whole log (still redacted), not just a few lines per finding
        </label>
      </fieldset>
      <details className="share-preview">
        <summary>Exactly what the link and the card contain ({preview.length} lines)</summary>
        <pre className="log-lines">{preview.join('\n')}</pre>
      </details>
      <p className="share-card">
        <CopyButton text={markdown} label="Copy as Markdown" /> for GitHub, Jira or Slack.
      </p>
    </section>
  )
}
