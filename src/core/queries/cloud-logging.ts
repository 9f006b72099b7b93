import { backslashQuoted, partsOf } from './escape.ts'
import type { FleetQuery, QueryInput } from './types.ts'

/** Where Cloud Logging keeps a line's text: raw lines, and the Ops Agent's parsed ones. */
const TEXT_FIELDS = ['textPayload', 'jsonPayload.message'] as const

/** One field's test for the phrases: each phrase's parts AND'ed, phrases OR'ed. */
function fieldTest(field: string, phrases: QueryInput['phrases']): string[] {
  return phrases.map((phrase) => {
    const parts = partsOf(phrase).map((part) => `${field}:${backslashQuoted(part)}`)
    return parts.length > 1 ? `(${parts.join(' AND ')})` : parts.join('')
  })
}

/** The Google Cloud Logging query: the phrases in either text field (and the statuses). */
export function cloudLoggingQuery(input: QueryInput): FleetQuery {
  const tests = TEXT_FIELDS.flatMap((field) => fieldTest(field, input.phrases))
  for (const status of input.statuses ?? []) tests.push(`httpRequest.status=${Math.trunc(status)}`)
  return {
    platform: 'cloud-logging',
    name: 'Google Cloud Logging',
    query: tests.join(' OR '),
    note: 'The `:` operator matches a substring, ignoring case; the results show each entry’s resource (pod, instance).',
  }
}
