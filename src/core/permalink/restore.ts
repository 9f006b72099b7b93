import { isCauseId, type CauseId } from '../causes.ts'

/** A finding's totals, carried when the link holds only a sample of the lines. */
export interface SharedCount {
  cause: CauseId
  lines: number
  first?: string
  last?: string
}

/**
 * What a permalink carries (version 1). New fields must be optional forever: links already
 * shared keep opening.
 */
export interface SharedDiagnosis {
  v: 1
  /** Evidence lines, as they were pasted (possibly redacted). */
  lines: string[]
  /** Totals per cause when `lines` is a sample of a bigger log. */
  counts?: SharedCount[]
}

const MAX_LINES = 5000
const MAX_LINE_LENGTH = 20_000

/** Validates untrusted decoded JSON into a {@link SharedDiagnosis}, or null if anything is off. */
export function restoreDiagnosis(value: unknown): SharedDiagnosis | null {
  if (!isRecord(value) || value.v !== 1) return null
  const { lines, counts } = value
  if (!Array.isArray(lines) || lines.length > MAX_LINES) return null
  if (!lines.every((line) => typeof line === 'string' && line.length <= MAX_LINE_LENGTH)) {
    return null
  }
  const diagnosis: SharedDiagnosis = { v: 1, lines: lines as string[] }
  if (counts !== undefined) {
    if (!Array.isArray(counts) || counts.length > 100) return null
    const restored = counts.map(restoreCount)
    if (restored.some((count) => count === null)) return null
    diagnosis.counts = restored as SharedCount[]
  }
  return diagnosis
}

function restoreCount(value: unknown): SharedCount | null {
  if (!isRecord(value) || !isCauseId(value.cause)) return null
  const { lines, first, last } = value
  if (typeof lines !== 'number' || !Number.isInteger(lines) || lines < 0) return null
  const count: SharedCount = { cause: value.cause, lines }
  if (typeof first === 'string') count.first = first.slice(0, 40)
  if (typeof last === 'string') count.last = last.slice(0, 40)
  return count
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
