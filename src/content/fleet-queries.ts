import { fleetQueries, type FleetQuery, type QueryPlatform } from '../core/queries/index.ts'
import type { Finding } from '../core/log/finding.ts'
import { FLEET_PHRASES, FLEET_STATUSES } from './fleet-phrases.ts'

// The query language of the platform a finding's lines were exported from.
const PLATFORM_QUERY: Readonly<Record<string, QueryPlatform>> = {
  loki: 'loki',
  grafana: 'loki',
  elasticsearch: 'kibana',
  cloudwatch: 'cloudwatch',
  'cloudwatch-insights': 'cloudwatch',
  gcloud: 'cloud-logging',
}

/**
 * The queries that find a finding's cause on every host, in each log platform; the one of the
 * platform its lines came from (a Loki, Elasticsearch, CloudWatch or Cloud Logging export)
 * first. Pods are counted apart when the lines came through Kubernetes.
 */
export function fleetQueriesFor(finding: Finding): FleetQuery[] {
  const extra = finding.sample.extra
  const statuses = FLEET_STATUSES[finding.cause]
  const queries = fleetQueries({
    phrases: FLEET_PHRASES[finding.cause],
    ...(statuses === undefined ? {} : { statuses }),
    ...(extra?.['wrapper'] === 'kubernetes' || extra?.['wrapper'] === 'stern'
      ? { instanceLabel: 'pod' }
      : {}),
  })
  const own = PLATFORM_QUERY[extra?.['platform'] ?? extra?.['wrapper'] ?? '']
  if (own === undefined) return queries
  return [
    ...queries.filter((q) => q.platform === own),
    ...queries.filter((q) => q.platform !== own),
  ]
}
