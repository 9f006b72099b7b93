import { formatMegabytes, plural } from './format.ts'

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

/** Said while a big paste is read in the background, or right after. */
export function BigPasteNote({ chars, pending }: { chars: number; pending: boolean }) {
  return (
    <p className="note">
      This paste is big ({formatMegabytes(chars)}).{' '}
      {pending ? 'Reading all of it in the background…' : 'All of it was read.'} Only lines that are
      evidence are listed below.
    </p>
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
