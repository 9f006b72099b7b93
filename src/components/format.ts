export { plural, statusLabel as formatStatus } from '../content/words.ts'
import { plural } from '../content/words.ts'

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

/** A count as the page writes it: 1,000,000. */
export const formatCount = (n: number): string => n.toLocaleString('en-US')

const MAX_PLACES = 5

/** Where a finding happens among the hosts, pods or containers the log names. */
export function whereText(
  instances: readonly { name: string; lines: number }[] | undefined,
  fleet: number,
): string | null {
  if (instances === undefined || instances.length === 0) return null
  const named = instances.slice(0, MAX_PLACES).map((i) => `${i.name} (${plural(i.lines, 'line')})`)
  const more = instances.length - named.length
  const list = `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
  if (fleet > 1 && instances.length === fleet) return `all ${fleet}: ${list}`
  if (fleet > 1 && instances.length === 1) return `only on ${list}, of ${fleet}`
  if (fleet > 1) return `${instances.length} of ${fleet}: ${list}`
  return list
}
