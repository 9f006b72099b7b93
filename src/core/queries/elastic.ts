import { backslashQuoted, partsOf } from './escape.ts'
import type { FleetQuery, QueryInput } from './types.ts'

/** The ECS field Filebeat's nginx module and Elastic Agent put the response status in. */
export const STATUS_FIELD = 'http.response.status_code'

const PHRASE_NOTE =
  'On an analyzed `message` field this is a phrase match: words in order, case and punctuation ignored.'

/** Joins clauses with an operator, bracketing only when there are several. */
function joined(clauses: readonly string[], operator: string, bracket: boolean): string {
  const text = clauses.join(` ${operator} `)
  return bracket && clauses.length > 1 ? `(${text})` : text
}

/** The phrases as KQL or Lucene: `message:"a" and message:"b"` per phrase, phrases OR'ed. */
function phraseQuery(input: QueryInput, and: string, or: string): string {
  const several = input.phrases.length > 1
  const clauses = input.phrases.map((phrase) =>
    joined(
      partsOf(phrase).map((part) => `message:${backslashQuoted(part)}`),
      and,
      several,
    ),
  )
  return joined(clauses, or, false)
}

/** `field:(502 or 504)` for the statuses, in either language. */
function statusQuery(statuses: readonly number[], or: string): string {
  const values = statuses.map((status) => String(Math.trunc(status)))
  return `${STATUS_FIELD}:${values.length === 1 ? values[0] : `(${values.join(` ${or} `)})`}`
}

function elasticQuery(input: QueryInput, kql: boolean): FleetQuery {
  const [and, or] = kql ? ['and', 'or'] : ['AND', 'OR']
  const statuses = input.statuses ?? []
  const byStatus = statuses.length > 0
  return {
    platform: kql ? 'kibana' : 'lucene',
    name: kql ? 'Kibana (KQL)' : 'Elasticsearch (Lucene)',
    query: byStatus ? statusQuery(statuses, or) : phraseQuery(input, and, or),
    note: byStatus
      ? `Needs access logs parsed into ECS (${STATUS_FIELD}); break the results down by host.name to see where.`
      : `${PHRASE_NOTE} Break the results down by host.name (or kubernetes.pod.name) to see where.`,
  }
}

/** The Kibana Query Language query for the phrases (or the statuses). */
export function kibanaQuery(input: QueryInput): FleetQuery {
  return elasticQuery(input, true)
}

/** The Lucene (`query_string`) query for the phrases (or the statuses). */
export function luceneQuery(input: QueryInput): FleetQuery {
  return elasticQuery(input, false)
}
