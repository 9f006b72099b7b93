export { plural, statusLabel as formatStatus } from '../content/words.ts'

/** `at T`, or `T1 to T2`, dropping the date of T2 when both share it; null without times. */
export function formatTimeRange(first: string | null, last: string | null): string | null {
  if (first === null || last === null) return null
  if (first === last) return `at ${first}`
  const [firstDate] = first.split(' ')
  const [lastDate, lastClock] = last.split(' ')
  const end = firstDate === lastDate && lastClock !== undefined ? lastClock : last
  return `${first} to ${end}`
}

/** A size in MB for notes about big pastes (characters counted as bytes, close enough). */
export function formatMegabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`
}
