/** One earlier diagnosis, as the list shows it. */
export interface RecentItem {
  id: string
  savedAt: string
  summary: readonly { cause: string; lines: number }[]
  link: string
}

export interface RecentListProps {
  entries: readonly RecentItem[]
  onRemove: (id: string) => void
}

/** Earlier diagnoses kept in this browser, newest first; each reopens from its link. */
export function RecentList({ entries, onRemove }: RecentListProps) {
  if (entries.length === 0) return null
  return (
    <details className="recent">
      <summary>Recent diagnoses in this browser ({entries.length})</summary>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.link}`} onClick={() => setTimeout(() => location.reload(), 0)}>
              {new Date(entry.savedAt).toLocaleString()}:{' '}
              {entry.summary.map((s) => `${s.cause} (${s.lines})`).join(', ') || 'no findings'}
            </a>{' '}
            <button type="button" onClick={() => onRemove(entry.id)}>
              Forget
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
