import { describe, expect, it } from 'vitest'
import { emptyFinding } from '../core/log/finding.ts'
import type { LineFacts } from '../core/log/types.ts'
import { fleetQueriesFor } from './fleet-queries.ts'

const from = (extra: Record<string, string>): LineFacts => ({ source: 'nginx-error', extra })

describe('fleetQueriesFor', () => {
  it.each([
    ['loki', 'loki'],
    ['grafana', 'loki'],
    ['elasticsearch', 'kibana'],
    ['cloudwatch', 'cloudwatch'],
    ['cloudwatch-insights', 'cloudwatch'],
    ['gcloud', 'cloud-logging'],
  ])('puts the query of the platform the lines came from (%s) first', (platform, first) => {
    const queries = fleetQueriesFor(emptyFinding('upstream-refused', from({ platform })))
    expect(queries[0]?.platform).toBe(first)
    expect(queries).toHaveLength(5)
  })

  it('keeps the usual order for lines from no platform, and counts pods apart for Kubernetes', () => {
    const plain = fleetQueriesFor(emptyFinding('upstream-read-timeout', { source: 'nginx-error' }))
    expect(plain.map((q) => q.platform)).toEqual([
      'loki',
      'kibana',
      'lucene',
      'cloudwatch',
      'cloud-logging',
    ])
    const pods = fleetQueriesFor(
      emptyFinding('upstream-read-timeout', from({ wrapper: 'kubernetes' })),
    )
    expect(pods[0]?.count).toMatch(/^sum by \(pod\)/)
  })
})
