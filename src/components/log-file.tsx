import type { ChangeEvent } from 'react'
import { formatCount, formatMegabytes } from './format.ts'
import { ReadProgress, type ReadFigures } from './read-progress.tsx'

/** Where the reading of an opened file stands. */
export interface LogFileStatusProps {
  names: readonly string[]
  size: number
  state: 'reading' | 'done' | 'cancelled' | 'failed'
  progress: ReadFigures | null
  error?: string | undefined
  onCancel: () => void
  onClose: () => void
}

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
  const { names, size, state, progress } = props
  const lines = progress?.lines ?? 0
  const name = names.length === 1 ? names[0] : `${names.length} files`
  return (
    // Only the sentence of where it stands is live: the figures below change every 150 ms,
    // which a screen reader would read out without end.
    <div className="log-file">
      <p className="log-file-name" role="status">
        <strong>{name}</strong> ({formatMegabytes(size)})
        {state === 'done' && `: ${formatCount(lines)} lines read.`}
        {state === 'cancelled' &&
          `: stopped after ${formatCount(lines)} lines; the findings below come from those lines.`}
        {state === 'failed' && `: could not be read (${props.error ?? 'unknown error'}).`}
      </p>
      {state === 'reading' && (
        <ReadProgress
          label="Reading the file"
          size={size}
          progress={progress}
          onCancel={props.onCancel}
        />
      )}
      {state !== 'reading' && (
        <button type="button" onClick={props.onClose}>
          Close the file (back to the text box)
        </button>
      )}
    </div>
  )
}
