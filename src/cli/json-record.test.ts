import { readdirSync, readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { analyzeText } from '../core/log/analyze.ts'
import { CORPUS_LINES } from '../core/log/corpus/index.ts'
import { PUBLIC_CASES } from '../core/log/public-cases.ts'
import { toJsonLine } from './json-record.ts'

// The hand-written record must be exactly the JSON of the facts, for every real line and for
// strings that need escaping.
const DIR = new URL('../../lab/captured/', import.meta.url)
const text = [
  ...readdirSync(DIR)
    .filter((name) => name.endsWith('.log'))
    .map((name) => readFileSync(new URL(name, DIR), 'utf8')),
  ...PUBLIC_CASES.map((c) => c.line),
  ...CORPUS_LINES.map((c) => c.text),
  '2026/11/22 02:25:27 [error] 1#1: *1 upstream sent invalid header: "\\x01\u0000\u2028" while reading response header from upstream, client: "q", server: a\\b, request: "GET /\u00e9 HTTP/1.1", upstream: "http://[::1]:80/", host: "x"',
].join('\n')

it('gives the wrapper’s host, pod or container as `instance` (cli.md)', () => {
  const withInstance = analyzeText(text).filter((r) => r.facts.extra?.instance !== undefined)
  expect(withInstance.length).toBeGreaterThan(0)
  for (const r of withInstance) {
    expect(JSON.parse(toJsonLine(r)).instance).toBe(r.facts.extra?.instance)
  }
})

it('writes the same JSON as JSON.stringify, line and cause first', () => {
  for (const result of analyzeText(text)) {
    const { line, cause, facts, continues } = result
    const instance = facts.extra?.instance
    const expected = {
      line,
      cause,
      ...(continues === undefined ? {} : { continues }),
      ...(instance === undefined ? {} : { instance }),
      ...facts,
    }
    const written = toJsonLine(result)
    expect(written.endsWith('}\n')).toBe(true)
    expect(JSON.parse(written)).toEqual(expected)
    expect(Object.keys(JSON.parse(written)).slice(0, 2)).toEqual(['line', 'cause'])
  }
})
