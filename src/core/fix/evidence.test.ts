import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../causes.ts'
import { CORPUS_LINES, INCIDENTS } from '../log/corpus/index.ts'
import { createLogRun } from '../log/run.ts'
import { evidenceOf, type Evidence } from './evidence.ts'

const checks = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, []])) as Record<
  (typeof CAUSE_IDS)[number],
  []
>

function firstFinding(text: string) {
  const run = createLogRun({ checks })
  for (const line of text.split('\n')) run.push(line)
  run.end()
  return run.findings()[0]!.finding
}

// Each evidence on a line people posted (corpus/*.ts, with its thread): the first posted
// entry, or incident paste, that contains the text.
const POSTED = [
  {
    source: 'https://github.com/miguelgrinberg/Flask-SocketIO/issues/1307',
    text: '2020/06/19 16:27:11 [error] 109742#109742: *118933 upstream prematurely closed connection while reading response header from upstream, client: 86.57.171.247, server: default_server, request: "GET /socket.io/?EIO=3&transport=polling&sid=c5900b17bb154ce291b0187f8ae8f3fe HTTP/1.1", upstream: "http://127.0.0.1:5000/socket.io/?EIO=3&transport=polling&sid=c5900b17bb154ce291b0187f8ae8f3fe", host: "office.by:7080"',
  },
  ...CORPUS_LINES.filter((l) => l.cause !== null),
  ...INCIDENTS.map((i) => ({ text: i.paste, source: i.source })),
]

const lab = (id: string): string =>
  readFileSync(new URL(`../../../lab/captured/${id}.log`, import.meta.url), 'utf8').split('\n')[0]!

describe('evidenceOf, on posted lines', () => {
  it.each<[Evidence, string]>([
    ['uwsgi-block-size', 'invalid request block size'],
    ['segfault', 'exited on signal 11'],
    ['sigkill', 'exited on signal 9'],
    ['worker-timeout', 'WORKER TIMEOUT'],
    ['heap-exhausted', 'JavaScript heap out of memory'],
    ['address-in-use', 'EADDRINUSE'],
    ['start-limit', 'Start request repeated too quickly'],
    ['primary-script-unknown', 'Primary script unknown'],
    ['php-fatal', 'PHP Fatal error'],
    ['host-not-found', 'host not found in upstream'],
    ['resolver-timeout', 'could not be resolved (110: Operation timed out)'],
    ['name-unknown', 'could not be resolved (3: '],
    ['too-many-files', 'Too many open files'],
    ['worker-connections', 'worker_connections are not enough'],
    ['ports-exhausted', '99: Cannot assign requested address'],
    ['socket-queue-full', '11: Resource temporarily unavailable'],
    ['tls-wrong-version', 'wrong version number'],
    ['tls-handshake-failure', 'handshake failure'],
    ['websocket', '/socket.io/'],
    ['docker-dns', '127.0.0.11'],
    ['php-socket', '-fpm.sock failed'],
    ['ipv6-upstream', 'connect() to [2408:'],
  ])('%s in “%s”', (evidence, needle) => {
    const posted = POSTED.find((l) => l.text.includes(needle))
    expect(posted, `no posted line has ${needle}`).toBeDefined()
    expect([...evidenceOf(firstFinding(posted!.text))], posted!.source).toContain(evidence)
  })
})

describe('evidenceOf, near misses', () => {
  it('a plain refusal at 127.0.0.1 on the lab nginx shows only where it went', () => {
    expect([...evidenceOf(firstFinding(lab('refused')))]).toEqual(['loopback-upstream'])
  })

  it("Docker's DNS at 127.0.0.11 is not a loopback backend", () => {
    const posted = POSTED.find((l) => l.text.includes('resolver: 127.0.0.11'))!
    expect([...evidenceOf(firstFinding(posted.text))]).not.toContain('loopback-upstream')
  })

  it('a socket that is not PHP-FPM’s is a socket, not a PHP version', () => {
    const found = evidenceOf(firstFinding(lab('socket-missing')))
    expect(found.has('unix-socket')).toBe(true)
    expect(found.has('php-socket')).toBe(false)
  })
})
