import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS, type CauseId } from '../core/causes.ts'
import { analyzeText } from '../core/log/analyze.ts'
import { CORPUS_LINES } from '../core/log/corpus/index.ts'
import { fleetQueries, type Phrase } from '../core/queries/index.ts'
import { readLogql } from '../core/queries/readers/logql-reader.ts'
import { proveQueries } from '../core/queries/readers/prove.ts'
import { FLEET_PHRASES, FLEET_STATUSES } from './fleet-phrases.ts'

// The real lines: the corpus's posted lines (with the cause their thread shows) and every
// line the real nginx wrote in the lab, with the cause the reader gives it (lab-samples.test.ts
// proves those verdicts against each scenario's own cause).
const LAB = new URL('../../lab/captured/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', LAB), 'utf8')) as { id: string }[]
const REAL: readonly { cause: CauseId | null; text: string; source: string }[] = [
  ...CORPUS_LINES.map((line) => ({ cause: line.cause, text: line.text, source: line.source })),
  ...manifest.flatMap(({ id }) =>
    analyzeText(readFileSync(new URL(`${id}.log`, LAB), 'utf8')).map((result) => ({
      cause: result.cause,
      text: result.text,
      source: `lab/captured/${id}.log`,
    })),
  ),
]

/** Phrases taken from nginx's source that no real line of the corpus or the lab shows yet. */
const SOURCE_ONLY: ReadonlySet<string> = new Set([
  // ngx_event_connect.c: ENETUNREACH and EHOSTDOWN, named by cause-ids.md.
  JSON.stringify('Network is unreachable) while connecting to upstream'),
  JSON.stringify('Host is down) while connecting to upstream'),
  // ngx_http_upstream.c `upstream timed out` in ngx_http_upstream_send_request_handler.
  JSON.stringify(['upstream timed out (', ') while sending request to upstream']),
])

/** Real lines a phrase also finds, and why that is acceptable for a fleet search. */
const OVERLAPS: readonly { phrase: Phrase; also: CauseId | null; why: string }[] = [
  {
    phrase: 'Connection refused) while connecting to upstream',
    also: 'upstream-refused-ipv6',
    why: 'the same refusal; only the `[::1]` address tells the IPv6 cause apart, and its own query looks for that',
  },
  {
    phrase: ' could not be resolved (',
    also: null,
    why: 'OCSP stapling resolver failures (`while requesting certificate status`) read the same up to the phase',
  },
]

function holds(text: string, phrase: Phrase): boolean {
  let at = 0
  for (const part of typeof phrase === 'string' ? [phrase] : phrase) {
    const found = text.indexOf(part, at)
    if (found < 0) return false
    at = found + part.length
  }
  return true
}

const ENTRIES = CAUSE_IDS.flatMap((cause) =>
  FLEET_PHRASES[cause].map((phrase) => ({ cause, phrase, name: JSON.stringify(phrase) })),
)

it('has phrases for every cause id, and only those', () => {
  expect(Object.keys(FLEET_PHRASES).sort()).toEqual([...CAUSE_IDS].sort())
  for (const cause of CAUSE_IDS) expect(FLEET_PHRASES[cause].length, cause).toBeGreaterThan(0)
})

describe.each(ENTRIES)('$cause: $name', ({ cause, phrase, name }) => {
  const hits = REAL.filter((line) => holds(line.text, phrase))

  it('occurs in real lines of its cause', () => {
    const own = hits.filter((line) => line.cause === cause)
    if (SOURCE_ONLY.has(name)) expect(own, 'now seen: drop it from SOURCE_ONLY').toEqual([])
    else expect(own.length).toBeGreaterThan(0)
  })

  it('occurs in no real line of another cause or of a look-alike', () => {
    const allowed = OVERLAPS.filter((o) => JSON.stringify(o.phrase) === name).map((o) => o.also)
    const others = hits.filter((line) => line.cause !== cause && !allowed.includes(line.cause))
    expect(others.map((line) => `${line.cause}: ${line.text} (${line.source})`)).toEqual([])
  })
})

it('keeps every documented overlap real', () => {
  for (const overlap of OVERLAPS) {
    const seen = REAL.some(
      (line) => line.cause === overlap.also && holds(line.text, overlap.phrase),
    )
    expect(seen, overlap.why).toBe(true)
  }
})

const lucene = createRequire(import.meta.url)('lucene') as { parse(query: string): unknown }

function readLucene(query: string): string[] {
  const terms: string[] = []
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (typeof record.term === 'string') terms.push(record.term)
    walk(record.left)
    walk(record.right)
  }
  walk(lucene.parse(query))
  return terms
}

describe.each(CAUSE_IDS)('the fleet queries for %s', (cause) => {
  it('parse in all five languages and look for exactly its phrases', () => {
    const phrases = FLEET_PHRASES[cause]
    const statuses = FLEET_STATUSES[cause] ?? []
    const queries = fleetQueries({ phrases, statuses, labels: { job: 'nginx' } })
    expect(queries).toHaveLength(5)
    const parsers = { logql: readLogql, lucene: readLucene }
    expect(proveQueries(queries, phrases, parsers, statuses)).toEqual([])
    expect(proveQueries(fleetQueries({ phrases, statuses }), phrases, parsers, statuses)).toEqual(
      [],
    )
  })
})

it('finds the access-log symptom by its status, not by an error-log phrase', () => {
  const queries = fleetQueries({
    phrases: FLEET_PHRASES['access-log-502'],
    statuses: FLEET_STATUSES['access-log-502'] ?? [],
  })
  expect(queries.find((q) => q.platform === 'kibana')?.query).toBe(
    'http.response.status_code:(502 or 504)',
  )
})
