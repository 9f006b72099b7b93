import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyLine } from './classify-line.ts'
import { createPlainContextReader } from './plain-context.ts'
import { PUBLIC_CASES } from './public-cases.ts'
import { createQuickClassifier } from './quick-classify.ts'

// The quick reader must say exactly what the full reader says, on every real line we have,
// also the second time it sees a message shape (when it answers from memory): every fact
// with --json, the facts a finding uses otherwise.
const DIR = new URL('../../../lab/captured/', import.meta.url)
const labLines = readdirSync(DIR)
  .filter((name) => name.endsWith('.log'))
  .flatMap((name) => readFileSync(new URL(name, DIR), 'utf8').split('\n'))
const realLines = [...labLines, ...PUBLIC_CASES.map((c) => c.line)].filter(Boolean)
// The same lines again with other clients, servers, upstreams and requests: answered from
// memory, they must still carry their own values.
const varied = realLines.map((line) =>
  line
    .replace(/client: [^,]*/, 'client: 198.51.100.7')
    .replace(/server: [^,]*/, 'server: other.example')
    .replace(/request: "(\w+) [^ "]*/, 'request: "$1 /other?page=2')
    .replace(/:\/\/127\.0\.0\.1:\d+/, '://127.0.0.1:9999'),
)
const lines = [...realLines, ...varied]

const summaryFacts = (raw: string, classify: typeof classifyLine) => {
  const { cause, facts } = classify(raw)
  return {
    cause,
    time: facts.time,
    status: facts.status,
    server: facts.server || undefined,
    address: facts.upstream?.address,
    resolve: facts.resolve,
  }
}

// Compared as JSON text, so the facts must also come in the same order (--json prints them).
// Where the quick reader wrote the facts' JSON itself, it must be what JSON.stringify writes.
const everything = (raw: string, classify: typeof classifyLine) => {
  const { cause, facts, text, factsJson } = classify(raw)
  if (factsJson !== undefined) expect(factsJson).toBe(JSON.stringify(facts))
  return JSON.stringify({ cause, facts, text })
}

const HEAD_PIECES = fc.constantFrom(
  '2026/11/22 02:25:27 ',
  '2026/11/22 02:25:2x ',
  '[error] ',
  '[warn] ',
  '[debug] ',
  '[err] ',
  '12#',
  '12345678901#',
  '7:',
  '7: ',
  '*42 ',
  '*123456789012345678901 ',
  '*9',
  'upstream timed out (110: Connection timed out) while reading upstream',
  'connect() to unix:/run/a.sock failed (2: No such file or directory)',
  ', client: 1.2.3.4, server: s, request: "GET / HTTP/1.1"',
  ', upstream: "http://[::1]:8080/"',
  ', upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:"',
  ', upstream: "10.0.0.1:5432", bytes from/to client:1/2',
  ', host: "h"',
  ', server: a, b ',
  ', server:',
  ', client:',
  ', ',
  ' ',
  ', referrer: "r"',
  '\n',
  ', resolver: 127.0.0.1:53',
  ', responder: ocsp.example, certificate: "c"',
  'FastCGI sent in stderr: "',
  'no resolver defined to resolve x',
  'backend.internal could not be resolved (3: Host not found)',
  'host not found in upstream "api:8080" in /etc/nginx/nginx.conf:9',
  'signal process started',
  ', upstream: "http://a"b/"',
  ', upstream: "http://a", x',
  ' 2026-11-22T02:25:27Z ',
  '\t',
  '\r',
  '"',
  ', request: "GET /a, bytes from/to client: HTTP/1.1"',
  ', request: "GET /a,b HTTP/1.1", upstream: "http://127.0.0.1:80/a,b"',
  ', upstream: "HTTP://a:1/"',
  ', upstream: "averyveryverylongscheme://a:1/"',
  ', upstream: "unix:/run/a.sock:/x"',
  ', upstream: "uwsgi://unix:/run/a,b.sock:"',
  ', upstream: "http://[fe80::1%eth0]:80"',
  ', subrequest: "/auth"',
  '\\',
  '\u0001',
  'é',
  '\ud83d\ude00',
  '\ud83d',
)
const HEAD = '2026/11/22 02:25:27 [error] 1#1: '

// Every fact, read the full way after the head, and with plain contexts written as JSON too.
const jsonReaders = () => [
  createQuickClassifier({ allFacts: true }),
  createQuickClassifier({ allFacts: true, plainContext: createPlainContextReader() }),
]

describe('quick classifier', () => {
  it('agrees with the full reader on every real line, first and second time', () => {
    const summary = createQuickClassifier()
    const readers = jsonReaders()
    for (const round of [1, 2]) {
      for (const line of lines) {
        expect(summaryFacts(line, summary), `round ${round}: ${line}`).toEqual(
          summaryFacts(line, classifyLine),
        )
        for (const json of readers) {
          expect(everything(line, json), `round ${round}: ${line}`).toBe(
            everything(line, classifyLine),
          )
        }
      }
    }
  })

  it('agrees with the full reader on log-shaped lines glued at random', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(HEAD_PIECES, fc.string({ maxLength: 12 })), { maxLength: 12 }),
        fc.boolean(),
        (parts, withHead) => {
          const line = (withHead ? HEAD : '') + parts.join('')
          const summary = createQuickClassifier()
          const readers = jsonReaders()
          for (let round = 0; round < 2; round += 1) {
            expect(summaryFacts(line, summary)).toEqual(summaryFacts(line, classifyLine))
            for (const json of readers)
              expect(everything(line, json)).toBe(everything(line, classifyLine))
          }
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('writes the JSON text of plain lines itself once it knows their message', () => {
    const json = jsonReaders()[1]!
    const plain = labLines.filter((line) => /\[error\].*, upstream: "/.test(line))
    expect(plain.length).toBeGreaterThan(15)
    for (const line of plain) json(line)
    for (const line of plain) {
      const { facts, factsJson } = json(line)
      expect(factsJson, line).toBe(JSON.stringify(facts))
    }
  })

  it('keeps apart lines that differ only in the kind of upstream', () => {
    for (const classify of [createQuickClassifier(), ...jsonReaders()]) {
      const v4 = lines.find((l) => l.includes('connect() failed (111') && l.includes('127.0.0.1:'))!
      const v6 = v4.replace(/upstream: "http:\/\/127\.0\.0\.1:(\d+)/, 'upstream: "http://[::1]:$1')
      expect(classify(v4).cause).toBe('upstream-refused')
      expect(classify(v6).cause).toBe('upstream-refused-ipv6')
      expect(classify(v4).cause).toBe('upstream-refused')
    }
  })
})
