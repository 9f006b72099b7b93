import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze.ts'
import { readLine as classifyLine } from './reader.ts'

// Real lines from the lab, dressed the way they reach people: the wrapper must not change
// the cause or the facts read from the nginx line itself.
const lab = (id: string): string =>
  readFileSync(new URL(`../../../lab/captured/${id}.log`, import.meta.url), 'utf8')
    .split('\n')
    .find((line) => /\[(?:error|crit)\]/.test(line)) ?? ''

const REFUSED = lab('refused')
const SOCKET = lab('socket-missing')

const WRAPPERS: [string, (line: string) => string][] = [
  ['journald (short)', (l) => `Nov 22 02:25:27 web1 nginx[5866]: ${l}`],
  ['journald (short-iso)', (l) => `2026-11-22T02:25:27+0000 web1 nginx[5866]: ${l}`],
  ['syslog with priority', (l) => `<11>Nov 22 02:25:27 web1 nginx: ${l}`],
  ['docker compose', (l) => `nginx-1  | ${l}`],
  ['docker compose (v1 naming)', (l) => `proxy_nginx_1 | ${l}`],
  ['kubectl --timestamps', (l) => `2026-11-22T02:25:27.123456789Z ${l}`],
  ['kubectl --prefix', (l) => `[pod/ingress-nginx-controller-7d9/controller] ${l}`],
  ['shipper TSV', (l) => `2026-11-22T02:25:27.000Z\tweb1\tnginx\t${l}\t{"env":"prod"}`],
  ['nginx stderr', (l) => `nginx: ${l}`],
  ['markdown quote', (l) => `> ${l}`],
  ['nested quote and spaces', (l) => `>>    ${l}`],
  ['indented', (l) => `    ${l}`],
  ['CRLF', (l) => `${l}\r`],
  [
    'docker json-file',
    (l) => JSON.stringify({ log: `${l}\n`, stream: 'stderr', time: '2026-11-22T02:25:27.1Z' }),
  ],
]

describe.each([
  ['refused', REFUSED, 'upstream-refused'],
  ['socket-missing', SOCKET, 'socket-missing'],
] as const)('%s line', (_, line, cause) => {
  const plain = classifyLine(line)

  it.each(WRAPPERS)('keeps its cause and facts inside %s', (_name, wrap) => {
    const wrapped = classifyLine(wrap(line))
    expect(wrapped.cause).toBe(cause)
    expect(wrapped.facts.upstream).toEqual(plain.facts.upstream)
    expect(wrapped.facts.request).toEqual(plain.facts.request)
    expect(wrapped.facts.server).toBe(plain.facts.server)
  })
})

it('keeps the ISO time a wrapper adds', () => {
  const { facts } = classifyLine(`2026-11-22T02:25:27.123456789Z ${REFUSED}`)
  expect(facts.extra?.wrapperTime).toBe('2026-11-22T02:25:27.123456789Z')
})

describe('lines a terminal hard-wrapped', () => {
  it.each([40, 80, 120, 200])('joins a line cut every %i columns back into one entry', (width) => {
    const pieces = REFUSED.match(new RegExp(`.{1,${width}}`, 'g')) ?? []
    const results = analyzeText(pieces.join('\n'))
    expect(results).toHaveLength(pieces.length)
    expect(results[0]?.cause).toBe('upstream-refused')
    expect(results[0]?.facts).toEqual(classifyLine(REFUSED).facts)
    for (const rest of results.slice(1)) expect(rest).toMatchObject({ cause: null, continues: 1 })
  })

  it('does not swallow a note typed under a complete line', () => {
    const results = analyzeText(`${REFUSED}\nthis started after the deploy`)
    expect(results[0]?.facts.host).toBe(classifyLine(REFUSED).facts.host)
    expect(results[1]).toMatchObject({ line: 2, cause: null })
    expect(results[1]?.continues).toBeUndefined()
  })
})
