import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { ANY_STREAM, fleetQueries, type Phrase, type QueryInput } from './index.ts'
import { readLogql } from './readers/logql-reader.ts'
import { lineWith, proveQueries, type Parsers } from './readers/prove.ts'

// A Lucene query parser (the npm package `lucene`, a PEG grammar of Lucene's query syntax).
const lucene = createRequire(import.meta.url)('lucene') as { parse(query: string): unknown }

/** Every quoted term in a Lucene AST, as written. */
function readLucene(query: string): string[] {
  const terms: string[] = []
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (typeof record.term === 'string') terms.push(record.term)
    for (const key of ['left', 'right']) walk(record[key])
  }
  walk(lucene.parse(query))
  return terms
}

const PARSERS: Parsers = { logql: readLogql, lucene: readLucene }

// Phrases with every character that each language quotes or escapes differently.
const AWKWARD: readonly (readonly [string, readonly Phrase[]])[] = [
  ['a plain phrase', ['upstream prematurely closed']],
  ['parentheses and a colon', ['(111: Connection refused) while connecting to upstream']],
  ['double quotes', ['host not found in upstream "']],
  ['a backslash', ['C:\\nginx\\logs']],
  ['quote and backslash', ['say \\"hi\\"']],
  ['regex metacharacters', ['a.b*c+d?e^f$g[h]i{j}k|l']],
  ['a backtick with a quote', ['back`tick "x"']],
  ['a slash', ['/run/php/php8.2-fpm.sock']],
  ['single quotes', ["'member_host' could not be resolved ("]],
  ['ordered parts', [['upstream timed out (', ') while reading']]],
  ['several phrases', ['no live upstreams', 'connect() to 0.0.0.1:', '" 502 ']],
  ['parts among phrases', [['a (', ') b'], 'c|d', 'e"f\\g']],
  ['a tab', ['a\tb']],
]

describe.each(AWKWARD)('queries for %s', (_name, phrases) => {
  const queries = fleetQueries({ phrases })

  it('come for all five platforms', () => {
    expect(queries.map((q) => q.platform)).toEqual([
      'loki',
      'kibana',
      'lucene',
      'cloudwatch',
      'cloud-logging',
    ])
  })

  it('parse in each language and look for exactly the phrases', () => {
    expect(proveQueries(queries, phrases, PARSERS)).toEqual([])
  })
})

describe('LogQL', () => {
  const one = (input: Partial<QueryInput>): string =>
    fleetQueries({ phrases: ['x'], ...input })[0]?.query ?? ''

  it('uses one |= for one phrase and |~ for several', () => {
    expect(one({})).toBe(`${ANY_STREAM} |= "x"`)
    expect(one({ phrases: [['a', 'b']] })).toBe(`${ANY_STREAM} |= "a" |= "b"`)
    expect(one({ phrases: ['a.b', 'c'] })).toBe(`${ANY_STREAM} |~ \`a\\.b|c\``)
  })

  it('puts known labels in the selector and says so when none are known', () => {
    const [known] = fleetQueries({ phrases: ['x'], labels: { namespace: 'web', app: 'ng"inx' } })
    expect(known?.query).toBe('{namespace="web", app=`ng"inx`} |= "x"')
    expect(known?.note).toBeUndefined()
    expect(fleetQueries({ phrases: ['x'] })[0]?.note).toContain(ANY_STREAM)
    expect(one({ labels: { 'bad-name': 'x' } })).toBe(`${ANY_STREAM} |= "x"`)
  })

  it('counts per instance label, or per stream', () => {
    expect(fleetQueries({ phrases: ['x'], instanceLabel: 'pod' })[0]?.count).toBe(
      `sum by (pod) (count_over_time(${ANY_STREAM} |= "x" [1h]))`,
    )
    expect(fleetQueries({ phrases: ['x'] })[0]?.count).toBe(
      `count_over_time(${ANY_STREAM} |= "x" [1h])`,
    )
  })

  it('the grammar itself rejects broken quoting (so the parse check means something)', () => {
    expect(readLogql('{job=~".+"} |= "a').errors).toBeGreaterThan(0)
    expect(readLogql('{job=~".+"} |~ `a').errors).toBeGreaterThan(0)
    expect(
      readLogql('sum by (pod) (count_over_time({job=~".+"} |= "x" [1h])').errors,
    ).toBeGreaterThan(0)
  })
})

describe('Lucene', () => {
  it('the parser rejects broken quoting', () => {
    expect(() => readLucene('message:"a \\"b"')).not.toThrow()
    expect(() => readLucene('message:"a \\"b')).toThrow()
  })
})

describe('statuses', () => {
  const queries = fleetQueries({ phrases: ['" 502 ', '" 504 '], statuses: [502, 504] })

  it('make Elasticsearch ask the status field, Cloud Logging also httpRequest.status', () => {
    expect(queries[1]?.query).toBe('http.response.status_code:(502 or 504)')
    expect(queries[2]?.query).toBe('http.response.status_code:(502 OR 504)')
    expect(queries[4]?.query).toContain('httpRequest.status=502 OR httpRequest.status=504')
  })

  it('still parse everywhere', () => {
    expect(proveQueries(queries, ['" 502 ', '" 504 '], PARSERS, [502, 504])).toEqual([])
  })
})

it('gives no query without a phrase', () => {
  expect(fleetQueries({ phrases: [] })).toEqual([])
  expect(fleetQueries({ phrases: ['', []] })).toEqual([])
})

it('a line holding the phrase is what the regexes are tried on', () => {
  expect(lineWith(['a', 'b'])).toContain('a ~ b')
})
