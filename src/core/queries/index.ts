import { cloudLoggingQuery } from './cloud-logging.ts'
import { cloudwatchQuery } from './cloudwatch.ts'
import { kibanaQuery, luceneQuery } from './elastic.ts'
import { lokiQuery } from './loki.ts'
import type { FleetQuery, QueryInput } from './types.ts'

export type { FleetQuery, Phrase, QueryInput, QueryPlatform } from './types.ts'
export { ANY_STREAM } from './loki.ts'

/**
 * For one finding, the queries that find the same cause across the whole fleet in each log
 * platform: Loki, Kibana, Elasticsearch, CloudWatch Logs Insights and Google Cloud Logging,
 * in that order. Empty when there is no phrase to look for.
 */
export function fleetQueries(input: QueryInput): FleetQuery[] {
  const phrases = input.phrases.filter((phrase) =>
    typeof phrase === 'string' ? phrase !== '' : phrase.length > 0 && !phrase.includes(''),
  )
  if (phrases.length === 0) return []
  const clean = { ...input, phrases }
  return [
    lokiQuery(clean),
    kibanaQuery(clean),
    luceneQuery(clean),
    cloudwatchQuery(clean),
    cloudLoggingQuery(clean),
  ]
}
