import { useId } from 'react'

export interface ReplaceConfirmProps {
  exampleTitle: string
  onReplace: () => void
  onAppend: () => void
  onCancel: () => void
}

/** Asks, inline, before an example takes the place of text the user typed. */
export function ReplaceConfirm({
  exampleTitle,
  onReplace,
  onAppend,
  onCancel,
}: ReplaceConfirmProps) {
  const id = useId()
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id}>
        The log box already has your text. Replace it with the “{exampleTitle}” example?
      </p>
      <div className="confirm-actions">
        <button type="button" onClick={onReplace} autoFocus>
          Replace my text
        </button>
        <button type="button" onClick={onAppend}>
          Add below my text
        </button>
        <button type="button" onClick={onCancel}>
          Keep my text
        </button>
      </div>
    </div>
  )
}
