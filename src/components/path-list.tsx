/** One step taken through the decision tree. */
export interface PathListEntry {
  node: string
  question: string
  answer: string
  /** The pasted log gave this answer. */
  fromLog: boolean
  /** The pasted config gave it (the log said nothing). */
  fromConfig?: boolean
}

export interface PathListProps {
  entries: readonly PathListEntry[]
  /** Goes back to a step to answer it again. */
  onChange: (node: string) => void
}

/** The path so far, "question → answer", each with a way back to change it. */
export function PathList({ entries, onChange }: PathListProps) {
  if (entries.length === 0) return null
  return (
    <ol className="path-list" aria-label="Your path so far">
      {entries.map((e) => (
        <li key={e.node} className={e.fromLog || e.fromConfig === true ? 'from-log' : undefined}>
          <span className="path-question">{e.question}</span>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden">: </span>
          <span className="path-answer">{e.answer}</span>
          {e.fromLog && <span className="path-log-mark">from your log</span>}
          {e.fromConfig === true && <span className="path-log-mark">from your config</span>}
          <button
            type="button"
            className="path-change"
            onClick={() => onChange(e.node)}
            aria-label={`Change “${e.question}”`}
          >
            Change
          </button>
        </li>
      ))}
    </ol>
  )
}
