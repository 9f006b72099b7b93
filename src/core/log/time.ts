import type { LineFacts } from './types.ts'

const MONTHS: Readonly<Record<string, string>> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
}
const NGINX_TIME = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d$/
const ACCESS_TIME = /^(\d\d)\/([A-Z][a-z]{2})\/(\d{4}):(\d\d:\d\d:\d\d)/
const ISO = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)/
/** PHP-FPM's `22-Nov-2026 02:25:27`. */
const DAY_MONTH_YEAR = /^(\d\d)-([A-Z][a-z]{2})-(\d{4}) (\d\d:\d\d:\d\d)/

/**
 * The entry's time in nginx's error-log form, `YYYY/MM/DD HH:MM:SS`, so times from error logs,
 * access logs and wrappers sort together as plain strings (and the common case costs
 * nothing). Zones are dropped: nginx's error log has none to compare with. Returns null when
 * the line carried no time we can place.
 */
export function sortableTime(facts: LineFacts): string | null {
  const time = facts.time
  if (time !== undefined && time !== '') {
    // The common case, checked without a regular expression: `YYYY/MM/DD HH:MM:SS`.
    if (time.length === 19 && time.charCodeAt(4) === 47 && time.charCodeAt(13) === 58) return time
    if (NGINX_TIME.test(time)) return time
    const dated = ACCESS_TIME.exec(time) ?? DAY_MONTH_YEAR.exec(time)
    const month = dated === null ? undefined : MONTHS[dated[2] ?? '']
    if (dated !== null && month !== undefined) {
      return `${dated[3]}/${month}/${dated[1]} ${dated[4]}`
    }
    const iso = ISO.exec(time)
    if (iso !== null) return `${iso[1]?.replaceAll('-', '/')} ${iso[2]}`
  }
  const wrapper = facts.extra?.wrapperTime
  const iso = wrapper === undefined ? null : ISO.exec(wrapper)
  return iso === null ? null : `${iso[1]?.replaceAll('-', '/')} ${iso[2]}`
}

/** How far apart two findings may be and still be one incident: a quarter of an hour. */
const NEAR_SECONDS = 15 * 60
/** How far from a whole number of hours a gap may be to count as a difference of zones. */
const ZONE_SLACK_SECONDS = 5 * 60

/**
 * Whether two findings' times overlap or lie within a quarter of an hour of each other. Logs
 * of one machine disagree on the zone (nginx writes local time, containers and kubectl UTC),
 * so a gap within minutes of a whole number of hours (up to 14) counts as near too; without comparable times on both
 * sides, lines pasted together are taken to be one incident.
 */
export function closeInTime(
  a: { first: string | null; last: string | null },
  b: { first: string | null; last: string | null },
): boolean {
  const [a0, a1, b0, b1] = [a.first, a.last, b.first, b.last].map(toSeconds)
  if (a0 === undefined || a1 === undefined || b0 === undefined || b1 === undefined) return true
  const gap = Math.max(0, Math.max(a0, b0) - Math.min(a1, b1))
  if (gap <= NEAR_SECONDS) return true
  const hours = Math.round(gap / 3600)
  return hours <= 14 && Math.abs(gap - hours * 3600) <= ZONE_SLACK_SECONDS
}

/** Seconds of `YYYY/MM/DD HH:MM:SS` on a common scale, or undefined. */
function toSeconds(time: string | null): number | undefined {
  if (time === null || !NGINX_TIME.test(time)) return undefined
  const [date = '', clock = ''] = time.split(' ')
  const [year, month, day] = date.split('/').map(Number)
  const [hour, minute, second] = clock.split(':').map(Number)
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second) / 1000
}
