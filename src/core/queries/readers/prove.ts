import { partsOf } from '../escape.ts'
import type { FleetQuery, Phrase } from '../types.ts'
import { readLoggingQuery } from './cloud-logging-reader.ts'
import { unquoteGo } from './go-string.ts'
import { readInsights } from './insights-reader.ts'
import { readKql } from './kql-reader.ts'

/** What a LogQL parser read: its syntax errors, and each line filter's operator and string. */
export interface LogqlReading {
  errors: number
  filters: readonly { operator: string; literal: string }[]
}

/** The real parsers a test hands in (Grafana's LogQL grammar, a Lucene parser). */
export interface Parsers {
  logql: (query: string) => LogqlReading
  /** Every quoted term of a Lucene query, as written (escapes kept); throws on a syntax error. */
  lucene: (query: string) => string[]
}

/** A line holding every part of the phrase, in order, with other text around and between. */
export function lineWith(phrase: Phrase): string {
  return `2026/01/01 00:00:00 [error] 1#1: *1 ${partsOf(phrase).join(' ~ ')}, client: 10.0.0.1`
}

/**
 * Checks every query of `queries` in its own language: it parses, and what it looks for reads
 * back as exactly the phrases' parts (a `|~`, `like /…/` regex must match a line with the
 * phrase; JavaScript's RegExp stands in for RE2 where the two agree: escaped metacharacters,
 * `.*`, `|`). Returns the problems found, none when all holds.
 */
export function proveQueries(
  queries: readonly FleetQuery[],
  phrases: readonly Phrase[],
  parsers: Parsers,
  statuses: readonly number[] = [],
): string[] {
  const parts = new Set(phrases.flatMap((phrase) => [...partsOf(phrase)]))
  const statusTexts = statuses.map(String)
  const problems: string[] = []
  const expectParts = (platform: string, found: readonly string[]): void => {
    // Elasticsearch asks the status field instead of the phrases when there are statuses.
    const byStatus = statusTexts.length > 0 && (platform === 'kibana' || platform === 'lucene')
    const wanted = byStatus ? new Set(statusTexts) : parts
    const missing = [...wanted].filter((part) => !found.includes(part))
    const extra = found.filter((value) => !wanted.has(value))
    if (missing.length > 0) problems.push(`${platform}: missing ${JSON.stringify(missing)}`)
    if (extra.length > 0) problems.push(`${platform}: unexpected ${JSON.stringify(extra)}`)
  }
  const expectRegex = (platform: string, source: string): void => {
    const regex = new RegExp(source)
    for (const phrase of phrases) {
      if (!regex.test(lineWith(phrase)))
        problems.push(`${platform}: /${source}/ misses ${lineWith(phrase)}`)
    }
    if (regex.test(lineWith('nothing to see here')))
      problems.push(`${platform}: /${source}/ matches anything`)
  }
  for (const query of queries) {
    try {
      proveOne(query, parsers, expectParts, expectRegex)
    } catch (error) {
      problems.push(`${query.platform}: ${String(error)}`)
    }
  }
  return problems
}

function proveOne(
  query: FleetQuery,
  parsers: Parsers,
  expectParts: (platform: string, found: readonly string[]) => void,
  expectRegex: (platform: string, source: string) => void,
): void {
  const texts = [query.query, ...(query.count === undefined ? [] : [query.count])]
  for (const text of texts) {
    switch (query.platform) {
      case 'loki': {
        const reading = parsers.logql(text)
        if (reading.errors > 0) throw new Error(`${reading.errors} syntax errors in ${text}`)
        const exact = reading.filters
          .filter((f) => f.operator === '|=')
          .map((f) => unquoteGo(f.literal))
        const regexes = reading.filters
          .filter((f) => f.operator === '|~')
          .map((f) => unquoteGo(f.literal))
        if (regexes.length === 0) expectParts('loki', exact)
        for (const source of regexes) expectRegex('loki', source)
        break
      }
      case 'kibana':
        checkTerms(
          'kibana',
          readKql(text).map((term) => term.value),
          expectParts,
        )
        break
      case 'lucene':
        checkTerms(
          'lucene',
          parsers.lucene(text).map((term) => term.replace(/\\(.)/g, '$1')),
          expectParts,
        )
        break
      case 'cloudwatch': {
        const literals = readInsights(text)
        expectParts(
          'cloudwatch',
          literals.map((l) => (l.kind === 'string' ? l.value : regexText(l.value))),
        )
        break
      }
      case 'cloud-logging':
        checkTerms(
          'cloud-logging',
          readLoggingQuery(text)
            .filter((t) => t.quoted)
            .map((t) => t.value),
          expectParts,
        )
        break
    }
  }
}

function checkTerms(
  platform: string,
  values: readonly string[],
  expectParts: (platform: string, found: readonly string[]) => void,
): void {
  expectParts(platform, [...new Set(values)])
}

/** The literal text a regex of escaped characters matches; throws if it is more than that. */
function regexText(source: string): string {
  const text = source.replace(/\\(.)/g, '$1')
  const regex = new RegExp(`^(?:${source})$`)
  if (!regex.test(text)) throw new Error(`/${source}/ is not the literal ${text}`)
  return text
}
