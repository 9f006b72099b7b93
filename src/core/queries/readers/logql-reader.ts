import { parser } from '@grafana/lezer-logql'
import type { LogqlReading } from './prove.ts'

/**
 * Reads LogQL with Grafana's own grammar (`@grafana/lezer-logql`, the one Grafana's query
 * editor uses): how many error nodes (`⚠`) the tree has, and each line filter's operator and
 * string literal as written. A test helper; the strings are checked as Go literals elsewhere.
 */
export function readLogql(query: string): LogqlReading {
  const tree = parser.parse(query)
  let errors = 0
  const filters: { operator: string; literal: string }[] = []
  tree.iterate({
    enter(node) {
      if (node.type.isError) errors += 1
      if (node.name !== 'LineFilter') return
      const filter = node.node.getChild('Filter')
      const literal = node.node.getChild('String')
      if (filter === null || literal === null) return
      filters.push({
        operator: query.slice(filter.from, filter.to),
        literal: query.slice(literal.from, literal.to),
      })
    },
  })
  return { errors, filters }
}
