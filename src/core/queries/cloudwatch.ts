import { insightsMatch, partsOf } from './escape.ts'
import type { FleetQuery, QueryInput } from './types.ts'

/** The Logs Insights condition: each phrase's parts AND'ed, phrases OR'ed. */
export function insightsFilter(phrases: QueryInput['phrases']): string {
  const several = phrases.length > 1
  return phrases
    .map((phrase) => {
      const parts = partsOf(phrase).map((part) => `@message like ${insightsMatch(part)}`)
      return several && parts.length > 1 ? `(${parts.join(' and ')})` : parts.join(' and ')
    })
    .join(' or ')
}

/** The CloudWatch Logs Insights queries: the newest lines, and their count per log stream. */
export function cloudwatchQuery(input: QueryInput): FleetQuery {
  const filter = `filter ${insightsFilter(input.phrases)}`
  return {
    platform: 'cloudwatch',
    name: 'CloudWatch Logs Insights',
    query: `fields @timestamp, @logStream, @message\n| ${filter}\n| sort @timestamp desc\n| limit 200`,
    count: `${filter}\n| stats count(*) as lines by @logStream\n| sort lines desc`,
    note: 'Select the log groups your nginx writes to; `like` is a case-sensitive substring match.',
  }
}
