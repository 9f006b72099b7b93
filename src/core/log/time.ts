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
const ISO = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)/

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
    const access = ACCESS_TIME.exec(time)
    const month = access === null ? undefined : MONTHS[access[2] ?? '']
    if (access !== null && month !== undefined) {
      return `${access[3]}/${month}/${access[1]} ${access[4]}`
    }
  }
  const wrapper = facts.extra?.wrapperTime
  const iso = wrapper === undefined ? null : ISO.exec(wrapper)
  return iso === null ? null : `${iso[1]?.replaceAll('-', '/')} ${iso[2]}`
}
