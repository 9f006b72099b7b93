import type { ChangeEvent } from 'react'
import { formatMegabytes } from './format.ts'

/** Where the reading of an opened file stands. */
export interface LogFileStatusProps {
  names: readonly string[]
  size: number
  state: 'reading' | 'done' | 'cancelled' | 'failed'
  bytes: number
  lines: number
  ms: number
  error?: string | undefined
  onCancel: () => void
  onClose: () => void
}

const count = (n: number): string => n.toLocaleString('en-US')

/** Opens log files from disk (several at once, `.gz` too); the page never holds their text. */
export function LogFileOpen({ onOpen }: { onOpen: (files: File[]) => void }) {
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    onOpen([...(e.target.files ?? [])])
    e.target.value = ''
  }
  return (
    <label className="file-open">
      Open a log file
      <input type="file" multiple className="visually-hidden" onChange={change} />
    </label>
  )
}

/** The open file instead of the box's text: its name and size, how far it is read. */
export function LogFileStatus(props: LogFileStatusProps) {
  const { names, size, state, bytes, lines, ms } = props
  const perSecond = ms > 0 ? Math.round((lines / ms) * 1000) : 0
  const left = bytes > 0 && state === 'reading' ? Math.max(0, ((size - bytes) / bytes) * ms) : 0
  const name = names.length === 1 ? names[0] : `${names.length} files`
  return (
    <div className="log-file" role="status">
      <p className="log-file-name">
        <strong>{name}</strong> ({formatMegabytes(size)})
        {state === 'done' && `: ${count(lines)} lines read.`}
        {state === 'cancelled' && `: stopped after ${count(lines)} lines; the findings are theirs.`}
        {state === 'failed' && `: could not be read (${props.error ?? 'unknown error'}).`}
      </p>
      {state === 'reading' && (
        <>
          <progress max={size} value={bytes} aria-label="Reading the file" />
          <p className="hint">
            {formatMegabytes(bytes)} of {formatMegabytes(size)} · {count(lines)} lines ·{' '}
            {count(perSecond)} lines/s · {Math.ceil(left / 1000)} s left
          </p>
          <button type="button" onClick={props.onCancel}>
            Cancel (keep what was read)
          </button>
        </>
      )}
      {state !== 'reading' && (
        <button type="button" onClick={props.onClose}>
          Close the file (back to the text box)
        </button>
      )}
    </div>
  )
}
