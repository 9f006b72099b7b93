import { useId, useState, type ClipboardEvent, type ReactNode } from 'react'
import { formatMegabytes } from './format.ts'

/** A paste bigger than this is held outside the box, which shows a preview of it. */
export const HOLD_CHARS = 2_000_000
const PREVIEW_CHARS = 100_000

export interface LogInputProps {
  value: string
  onChange: (text: string) => void
  /** Focus the box when the page opens, so a paste works at once. */
  autoFocus?: boolean
  /** Beside the label: the other way in (opening a file). */
  aside?: ReactNode
}

/** The box the log is pasted into. */
export function LogInput({ value, onChange, autoFocus = false, aside }: LogInputProps) {
  const id = useId()
  // Set by a huge paste, cleared by any edit in the box; an example appended keeps it.
  const [holding, setHolding] = useState(false)
  const held = holding && value.length > HOLD_CHARS

  // A huge paste skips the textarea, which would spend seconds laying out millions of lines;
  // text set any other way (typing, a test's fill) stays in the box in full.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>): void => {
    const pasted = event.clipboardData.getData('text/plain')
    if (held || value.length + pasted.length <= HOLD_CHARS) return
    event.preventDefault()
    const box = event.currentTarget
    const text = value.slice(0, box.selectionStart) + pasted + value.slice(box.selectionEnd)
    setHolding(true)
    onChange(text)
  }

  return (
    <div className="log-input">
      <div className="log-input-head">
        <label htmlFor={id}>Paste your nginx error log</label>
        {aside}
      </div>
      <p className="hint" id={`${id}-hint`}>
        Usually <code>/var/log/nginx/error.log</code>. Access-log lines and backend logs (PHP-FPM,
        systemd, kernel) help too. Nothing you paste leaves this browser.
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={held ? value.slice(0, PREVIEW_CHARS) : value}
        readOnly={held}
        onChange={(e) => {
          setHolding(false)
          onChange(e.target.value)
        }}
        onPaste={onPaste}
        autoFocus={autoFocus}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        placeholder="2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed (111: Connection refused) while connecting to upstream, …"
      />
      {held && (
        <div className="held" role="status">
          <p>
            Your paste is {formatMegabytes(value.length)}: the box shows its start only and cannot
            be edited, because showing all of it would freeze the page. The diagnosis reads all of
            it.
          </p>
          <button type="button" onClick={() => onChange('')}>
            Clear the box
          </button>
        </div>
      )}
    </div>
  )
}
