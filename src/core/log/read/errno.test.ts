import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLine as classifyLine } from '../reader.ts'

// One genuine lab line per cause, with its errno rewritten the way other C libraries and
// systems spell the same error: the cause must not change.
const labLine = (id: string): string =>
  readFileSync(new URL(`../../../../lab/captured/${id}.log`, import.meta.url), 'utf8')
    .split('\n')
    .find((line) => /\[(?:error|crit)\]/.test(line)) ?? ''

const respell = (line: string, errno: string): string =>
  line.replace(/\(\d+: [^)]+\)/, `(${errno})`)

describe.each([
  [
    'refused',
    'upstream-refused',
    [
      '61: Connection refused',
      '10061: No connection could be made because the target machine actively refused it',
    ],
  ],
  [
    'reset',
    'upstream-reset',
    [
      '54: Connection reset by peer',
      '10054: An existing connection was forcibly closed by the remote host',
    ],
  ],
  [
    'connect-timeout',
    'upstream-connect-timeout',
    [
      '60: Operation timed out',
      '110: Operation timed out',
      '10060: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond',
    ],
  ],
  [
    'refused',
    'upstream-unreachable',
    [
      '113: Host is unreachable',
      '65: No route to host',
      '101: Network is unreachable',
      '112: Host is down',
    ],
  ],
  [
    'refused-ipv6',
    'upstream-refused-ipv6',
    [
      '99: Address not available',
      '99: Cannot assign requested address',
      "49: Can't assign requested address",
    ],
  ],
  ['socket-permission', 'permission-denied', ['13: Permission denied']],
] as const)('%s line', (id, cause, spellings) => {
  it.each(spellings)(`reads (%s) as ${cause}`, (errno) => {
    expect(classifyLine(respell(labLine(id), errno)).cause).toBe(cause)
  })
})

it('reads a Windows WSARecv() reset as a reset', () => {
  const line = labLine('reset').replace(
    'recv() failed (104: Connection reset by peer)',
    'WSARecv() failed (10054: An existing connection was forcibly closed by the remote host)',
  )
  expect(classifyLine(line).cause).toBe('upstream-reset')
})

it('reads (99) on an IPv4 upstream as port exhaustion, not IPv6', () => {
  const line = labLine('refused').replace(
    'connect() failed (111: Connection refused)',
    'connect() to 127.0.0.1:8080 failed (99: Cannot assign requested address)',
  )
  expect(classifyLine(line).cause).toBe('resource-exhaustion')
})
