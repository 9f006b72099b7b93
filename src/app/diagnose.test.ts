import { describe, expect, it } from 'vitest'
import { LINE_TEXT_LIMIT, ROW_LIMIT, diagnose, displayText } from './diagnose.ts'

const REFUSED =
  '2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: shop.example, request: "GET /cart HTTP/1.1", upstream: "http://127.0.0.1:3000/cart", host: "shop.example"'
const CLIENT_CLOSED =
  '2026/11/22 02:25:30 [info] 5866#5866: *7 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 127.0.0.1, server: shop.example, request: "GET /r HTTP/1.1", upstream: "http://127.0.0.1:3000/r", host: "shop.example"'
const ACCESS_502 =
  '127.0.0.1 - - [22/Nov/2026:02:25:27 +0000] "GET /cart HTTP/1.1" 502 157 "-" "curl"'
const NOISE = '2026/11/22 02:25:28 [notice] 5866#5866: signal process started'

describe('diagnose', () => {
  it('has nothing to say about an empty box', () => {
    expect(diagnose('')).toEqual({
      lineCount: 0,
      findings: [],
      rows: [],
      evidenceOnly: false,
      rowsOmitted: 0,
    })
  })

  it('does not count the empty line after a final newline', () => {
    expect(diagnose('a\nb\n').lineCount).toBe(2)
    expect(diagnose('a\nb').lineCount).toBe(2)
  })

  it('finds the causes, leaves look-alikes out, and fills the first check', () => {
    const d = diagnose([REFUSED, CLIENT_CLOSED, ACCESS_502].join('\n'))
    expect(d.findings.map((f) => [f.finding.cause, f.finding.lines])).toEqual([
      ['upstream-refused', 1],
      ['access-log-502', 1],
    ])
    expect(d.findings[0]?.check).toBe('sudo ss -tlnp | grep -- ":3000 "')
    expect(d.rows.map((r) => r.cause)).toEqual(['upstream-refused', null, 'access-log-502'])
  })

  it('survives binary input and shows control bytes as replacement characters', () => {
    const d = diagnose('PK\u0003\u0004\u0000\u0000\u00ff\nhello\r\n')
    expect(d.findings).toEqual([])
    expect(d.lineCount).toBe(2)
    expect(d.rows.map((r) => r.text)).toEqual(['PK\uFFFD\uFFFD\uFFFD\uFFFD\u00ff', 'hello'])
  })

  it('lists only the first evidence lines of a long log', () => {
    const lines = Array.from({ length: 700 }, (_, i) => (i % 2 === 0 ? REFUSED : NOISE))
    const d = diagnose(lines.join('\n'))
    expect(d.lineCount).toBe(700)
    expect(d.evidenceOnly).toBe(true)
    expect(d.findings[0]?.finding.lines).toBe(350)
    expect(d.rows).toHaveLength(350)
    expect(d.rows.every((r) => r.cause === 'upstream-refused')).toBe(true)
    expect(d.rowsOmitted).toBe(0)
  })

  it('caps the listed lines and says how many more there are', () => {
    const d = diagnose(Array.from({ length: ROW_LIMIT + 40 }, () => REFUSED).join('\n'))
    expect(d.rows).toHaveLength(ROW_LIMIT)
    expect(d.rowsOmitted).toBe(40)
  })

  it('cuts a very long line for display', () => {
    expect(displayText('x'.repeat(LINE_TEXT_LIMIT + 10))).toHaveLength(LINE_TEXT_LIMIT + 2)
    expect(displayText('a\tb')).toBe('a\tb')
  })
})
