import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze.ts'

// Whatever is pasted, the engine answers: one result per line, in order, and no exception.
function checkShape(text: string): void {
  const results = analyzeText(text)
  expect(results).toHaveLength(text.split('\n').length)
  results.forEach((result, index) => expect(result.line).toBe(index + 1))
}

const NGINXISH = fc.constantFrom(
  '2026/11/22 02:25:27 [error] 1#1: *1 ',
  'connect() failed (111: Connection refused)',
  ' while connecting to upstream',
  ', client: ',
  ', server: ',
  ', upstream: "',
  'http://unix:',
  'FastCGI sent in stderr: "',
  '" while ',
  '] "GET / HTTP/1.1" 502 ',
  '\n',
  '\r',
  '\t',
  '(',
  ')',
  '"',
)

describe('any input', () => {
  it('never throws and yields one result per line (random text)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkShape), {
      numRuns: 300,
    })
  })

  it('never throws on log-shaped fragments glued at random', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(NGINXISH, fc.string({ maxLength: 20 })), { maxLength: 200 }),
        (parts) => checkShape(parts.join('')),
      ),
      { numRuns: 300 },
    )
  })

  it('survives invalid UTF-8 decoded the way a browser or Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) =>
        checkShape(new TextDecoder('utf-8', { fatal: false }).decode(bytes)),
      ),
      { numRuns: 200 },
    )
  })

  it.each([
    ['empty', ''],
    ['NUL bytes', '\u0000'.repeat(1000)],
    ['a 1 MB line', `2026/11/22 02:25:27 [error] 1#1: *1 ${'('.repeat(1 << 20)}`],
    [
      'a 1 MB quoted context',
      `2026/11/22 02:25:27 [error] 1#1: *1 x, client: a, server: b, request: "${'", host: "'.repeat(100_000)}`,
    ],
    ['only newlines', '\n'.repeat(10_000)],
  ])('handles %s', (_name, text) => checkShape(text))
})
