import { formatCount, formatMegabytes } from './format.ts'

/** How far a reading has come: bytes (a paste's characters) and lines read, in how long. */
export interface ReadFigures {
  bytes: number
  lines: number
  ms: number
}

/** How far a reading in the background has come. */
export interface ReadProgressProps {
  /** What is read, for the progress bar's name: "Reading the file". */
  label: string
  /** The size in all, in bytes (a paste's in characters). */
  size: number
  /** Null until the first figures arrive. */
  progress: ReadFigures | null
  onCancel: () => void
}

/** A progress bar with lines, speed and time left, and a Cancel that keeps what was read. */
export function ReadProgress({ label, size, progress, onCancel }: ReadProgressProps) {
  const { bytes, lines, ms } = progress ?? { bytes: 0, lines: 0, ms: 0 }
  const perSecond = ms > 0 ? Math.round((lines / ms) * 1000) : 0
  const left = bytes > 0 ? Math.max(0, ((size - bytes) / bytes) * ms) : 0
  return (
    <>
      <progress max={size} value={bytes} aria-label={label} />
      <p className="hint">
        {formatMegabytes(bytes)} of {formatMegabytes(size)} · {formatCount(lines)} lines ·{' '}
        {formatCount(perSecond)} lines/s ·{' '}
        {bytes > 0 ? `${Math.ceil(left / 1000)} s left` : 'starting'}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel (keep what was read)
      </button>
    </>
  )
}
