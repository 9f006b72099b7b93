import { logqlString, partsOf, phrasesRegex } from './escape.ts'
import type { FleetQuery, QueryInput } from './types.ts'

/** The selector used when the person's labels are not known: every stream (valid LogQL). */
export const ANY_STREAM = '{job=~".+"}'

const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A LogQL stream selector for `labels`; labels whose names LogQL cannot take are left out. */
export function lokiSelector(labels: Readonly<Record<string, string>> | undefined): string {
  const matchers = Object.entries(labels ?? {})
    .filter(([name]) => LABEL_NAME.test(name))
    .map(([name, value]) => `${name}=${logqlString(value)}`)
  return matchers.length === 0 ? ANY_STREAM : `{${matchers.join(', ')}}`
}

/**
 * The LogQL line filters for the phrases: one `|=` per part when there is one phrase (fast,
 * no regex), else one `|~` whose alternatives are the phrases, their parts joined by `.*`.
 */
export function lokiLineFilter(phrases: QueryInput['phrases']): string {
  const [only] = phrases
  if (phrases.length === 1 && only !== undefined) {
    return partsOf(only)
      .map((part) => `|= ${logqlString(part)}`)
      .join(' ')
  }
  return `|~ ${logqlString(phrasesRegex(phrases))}`
}

/** The Loki query: the lines, and their count over the last hour per instance (or stream). */
export function lokiQuery(input: QueryInput): FleetQuery {
  const selector = lokiSelector(input.labels)
  const logs = `${selector} ${lokiLineFilter(input.phrases)}`
  const counted = `count_over_time(${logs} [1h])`
  const label = input.instanceLabel
  const count =
    label !== undefined && LABEL_NAME.test(label) ? `sum by (${label}) (${counted})` : counted
  const query: FleetQuery = { platform: 'loki', name: 'Loki (LogQL)', query: logs, count }
  if (selector === ANY_STREAM) {
    query.note = `Replace ${ANY_STREAM} with your nginx stream's labels, e.g. {namespace="web", container="nginx"}: matching every stream is slow.`
  }
  return query
}
