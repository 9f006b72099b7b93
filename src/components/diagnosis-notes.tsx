import { formatMegabytes, plural } from './format.ts'
import { ReadProgress, type ReadFigures } from './read-progress.tsx'

/** Shown while the box is empty. */
export function EmptyNote() {
  return (
    <p className="note">
      Paste some lines above, or try an example. The diagnosis appears as you paste.
    </p>
  )
}

/** Shown when the text has no evidence of any gateway error. */
export function NothingFoundNote({ lineCount }: { lineCount: number }) {
  const lines = lineCount === 1 ? 'this 1 line' : `these ${plural(lineCount, 'line')}`
  return (
    <p className="note note-strong">
      No nginx gateway errors found in {lines} — paste lines from the nginx error log, usually{' '}
      <code>/var/log/nginx/error.log</code>.
    </p>
  )
}

/** How far the background reading of a big paste has come. */
export interface BigPasteNoteProps {
  chars: number
  state: 'reading' | 'done' | 'cancelled' | 'failed'
  /** Characters and lines read so far; null until the first figures arrive. */
  progress: ReadFigures | null
  onCancel: () => void
  /** Reads the paste again, all of it, after a Cancel. */
  onAgain: () => void
}

/** Said while a big paste is read in the background, or right after. */
export function BigPasteNote(props: BigPasteNoteProps) {
  const { chars, state, progress } = props
  const lines = progress?.lines ?? 0
  return (
    // Live: the sentence only, not the figures that change as it reads.
    <div className="note big-paste">
      <p role="status">
        This paste is big ({formatMegabytes(chars)}).{' '}
        {state === 'reading' && 'Reading all of it in the background…'}
        {state === 'done' && 'All of it was read.'}
        {state === 'cancelled' &&
          `Stopped after ${plural(lines, 'line')}; the findings below come from those lines.`}{' '}
        Only lines that are evidence are listed below.
      </p>
      {state === 'reading' && (
        <ReadProgress
          label="Reading the paste"
          size={chars}
          progress={progress}
          onCancel={props.onCancel}
        />
      )}
      {state === 'cancelled' && (
        <button type="button" onClick={props.onAgain}>
          Read all of it
        </button>
      )}
    </div>
  )
}

export interface RowsNoteProps {
  lineCount: number
  shown: number
  omitted: number
}

/** Said when the page lists only part of the lines. */
export function RowsNote({ lineCount, shown, omitted }: RowsNoteProps) {
  const rest =
    omitted > 0
      ? `: the first ${shown.toLocaleString('en-US')}; ${plural(omitted, 'more evidence line')} count in the findings above.`
      : '.'
  return (
    <p className="note">
      {plural(lineCount, 'line')} are too many to list, so only evidence lines are listed{rest}
    </p>
  )
}
