import { useState } from 'react'

/** "Start over", asking first: it clears the log, answers and values kept in this browser. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="start-over" onClick={() => setAsking(true)}>
        Start over with an empty page
      </button>
    )
  }
  return (
    <div className="note" role="group" aria-label="Start over?">
      <p>This clears your log, answers and values from this page and this browser.</p>
      <button
        type="button"
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
      >
        Clear everything
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Keep my work
      </button>
    </div>
  )
}
