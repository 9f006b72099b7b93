import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PUBLIC_CASES } from './public-cases.ts'
import { createReader, readLine } from './reader.ts'
import type { Classified } from './types.ts'

// The reader remembers what it made of a message (read/memo.ts). Answered from memory, a line
// must read exactly as it reads the first time, with its own head and context; and a reader
// asked for a finding's facts only must say the same of them as one reading every fact.
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

/**
 * The facts a finding uses: what the `finding` depth must read exactly as `all` does. A line
 * that is evidence of nothing is never counted, so only its verdict must agree.
 */
const findingFacts = ({ cause, facts }: Classified) =>
  cause === null
    ? { cause, time: facts.time, level: facts.level }
    : {
        cause,
        time: facts.time,
        level: facts.level,
        status: facts.status,
        server: facts.server,
        address: facts.upstream?.address,
        resolve: facts.resolve,
        source: facts.source,
      }

// Compared as JSON text, so the facts must also come in the same order (--json prints them).
const everything = (read: Classified) => JSON.stringify(read)

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

describe('the reader and its memo', () => {
  it('reads every real line the same from memory as the first time, at both depths', () => {
    const all = createReader({ depth: 'all' })
    const finding = createReader({ depth: 'finding' })
    for (const round of [1, 2]) {
      for (const line of lines) {
        const fresh = readLine(line)
        expect(everything(all(line)), `round ${round}: ${line}`).toBe(everything(fresh))
        expect(findingFacts(finding(line)), `round ${round}: ${line}`).toEqual(findingFacts(fresh))
      }
    }
  })

  it('reads log-shaped lines glued at random the same from memory', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(HEAD_PIECES, fc.string({ maxLength: 12 })), { maxLength: 12 }),
        fc.boolean(),
        (parts, withHead) => {
          const line = (withHead ? HEAD : '') + parts.join('')
          const all = createReader({ depth: 'all' })
          const finding = createReader()
          const fresh = readLine(line)
          for (let round = 0; round < 2; round += 1) {
            expect(everything(all(line))).toBe(everything(fresh))
            expect(findingFacts(finding(line))).toEqual(findingFacts(fresh))
          }
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('keeps apart lines that differ only in the kind of upstream', () => {
    for (const read of [createReader(), createReader({ depth: 'all' })]) {
      const v4 = lines.find((l) => l.includes('connect() failed (111') && l.includes('127.0.0.1:'))!
      const v6 = v4.replace(/upstream: "http:\/\/127\.0\.0\.1:(\d+)/, 'upstream: "http://[::1]:$1')
      expect(read(v4).cause).toBe('upstream-refused')
      expect(read(v6).cause).toBe('upstream-refused-ipv6')
      expect(read(v4).cause).toBe('upstream-refused')
    }
  })
})
