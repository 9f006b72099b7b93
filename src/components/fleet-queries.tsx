import type { FleetQuery } from '../core/queries/index.ts'
import { CopyButton } from './copy-button.tsx'

function QueryBlock({ label, text }: { label: string; text: string }) {
  return (
    <div className="step step-command">
      <div className="step-head">
        <p className="step-place">{label}</p>
        <CopyButton text={text} label={`Copy ${label.toLowerCase()}`} />
      </div>
      <pre>
        <code>{text}</code>
      </pre>
    </div>
  )
}

/**
 * The queries that find the same cause on every host, one per log platform (the one the lines
 * came from first), each a click from the clipboard. Folded: the fix comes first.
 */
export function FleetQueries({ queries }: { queries: readonly FleetQuery[] }) {
  if (queries.length === 0) return null
  return (
    <details className="fleet-queries" data-queries={queries.map((q) => q.platform).join(' ')}>
      <summary>Find it on every host: {queries.map((q) => q.name).join(', ')}</summary>
      {queries.map((q) => (
        <section key={q.platform} aria-label={q.name}>
          <h4>{q.name}</h4>
          <QueryBlock label={`${q.name} query`} text={q.query} />
          {q.count !== undefined && <QueryBlock label={`${q.name} count`} text={q.count} />}
          {q.note !== undefined && <p className="fleet-note">{q.note}</p>}
        </section>
      ))}
    </details>
  )
}
