/** The log platforms a fleet query is written for. */
export type QueryPlatform = 'loki' | 'kibana' | 'lucene' | 'cloudwatch' | 'cloud-logging'

/**
 * nginx's wording that marks a cause: one literal text, or several texts that must all appear
 * on the line, in this order (`['upstream timed out', ') while reading']` holds whatever the
 * system's errno text is). Matching is a case-sensitive substring wherever the platform can.
 */
export type Phrase = string | readonly string[]

/** What a fleet query is built from. */
export interface QueryInput {
  /** The cause's phrases: a line that has any one of them is a match. At least one. */
  phrases: readonly Phrase[]
  /**
   * Loki stream labels of the person's nginx (`{ namespace: 'web', container: 'nginx' }`);
   * without them the query selects every stream and its note says to put them in.
   */
  labels?: Readonly<Record<string, string>>
  /** The Loki label that names an instance (`pod`, `host`); without it, counts are per stream. */
  instanceLabel?: string
  /**
   * HTTP statuses the cause shows as (502, 504 for `access-log-502`): Elasticsearch queries
   * then ask the parsed ECS field `http.response.status_code`, whose analyzer-free value is
   * the only reliable way to find a status there, and Cloud Logging also `httpRequest.status`.
   */
  statuses?: readonly number[]
}

/** One ready-to-paste query for one platform. */
export interface FleetQuery {
  platform: QueryPlatform
  /** The platform and its language as a person knows them, e.g. `Loki (LogQL)`. */
  name: string
  /** The query that lists the matching lines, newest first where the language sorts. */
  query: string
  /** A second query that counts the matching lines per instance, where the language can. */
  count?: string
  /** What the person must know or fill in before pasting it. */
  note?: string
}
