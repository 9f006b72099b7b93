export interface ExamplePickerProps {
  samples: readonly { id: string; title: string }[]
  onPick: (id: string) => void
  /** The id of the example being loaded, if any. */
  loading: string | null
}

/** Buttons that load logs captured from a real nginx. */
export function ExamplePicker({ samples, onPick, loading }: ExamplePickerProps) {
  if (samples.length === 0) return null
  return (
    <div className="examples" role="group" aria-labelledby="examples-label">
      <p id="examples-label" className="examples-label">
        Try an example
      </p>
      <ul>
        {samples.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => onPick(s.id)} aria-busy={loading === s.id}>
              {s.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
