import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitAttemptGroups } from './access-line.ts'
import { readLine as classifyLine } from '../reader.ts'
import { PUBLIC_CASES } from '../public-cases.ts'

const labAccess = (id: string): string =>
  readFileSync(new URL(`../../../../lab/captured/${id}.log`, import.meta.url), 'utf8')
    .split('\n')
    .find((line) => line.includes('] "')) ?? ''

describe('access-log lines', () => {
  it('read combined plus $upstream_* variables (lab)', () => {
    const { cause, facts } = classifyLine(labAccess('socket-missing'))
    expect(cause).toBe('access-log-502')
    expect(facts).toMatchObject({
      source: 'nginx-access',
      client: '127.0.0.1',
      status: 502,
      request: { method: 'GET', path: '/', protocol: 'HTTP/1.1' },
      upstreamStatuses: ['502'],
    })
    expect(facts.upstream?.socket).toMatch(/missing\.sock$/)
  })

  it('read HTTP/0.9 passthrough as status 9, not a gateway error', () => {
    const { cause, facts } = classifyLine(labAccess('garbage'))
    expect(cause).toBeNull()
    expect(facts.status).toBe(9)
  })

  it('read ingress-nginx lines with several attempts (public thread)', () => {
    const line = PUBLIC_CASES.find((c) => c.line.includes('[pc-dev-example-web-service-80]'))!.line
    const { cause, facts } = classifyLine(line)
    expect(cause).toBe('access-log-502')
    expect(facts.status).toBe(504)
    expect(facts.extra?.upstreamName).toBe('pc-dev-example-web-service-80')
    expect(facts.upstream?.address).toBe('192.168.215.1:80')
    expect(facts.upstreamStatuses?.length).toBeGreaterThan(1)
  })

  it('take the last attempt of `a, b : c` as the one the client got', () => {
    const line = labAccess('refused').replace(
      /ua="[^"]*" us="[^"]*"/,
      'ua="10.0.0.1:80, 10.0.0.2:80 : 10.0.0.3:80" us="502, 502 : 504"',
    )
    const { facts } = classifyLine(line)
    expect(facts.upstream?.address).toBe('10.0.0.3:80')
    expect(facts.upstreamStatuses).toEqual(['502', '502', '504'])
  })

  it.each([
    [
      '10.0.0.1:80, 10.0.0.2:80 0, 0 0.001, 0.002 502, 502 abc',
      ['10.0.0.1:80, 10.0.0.2:80', '0, 0', '0.001, 0.002', '502, 502', 'abc'],
    ],
    [
      '10.0.0.1:80 : 10.0.0.3:80 12 0.010 : 0.020 502 : 200 id',
      ['10.0.0.1:80 : 10.0.0.3:80', '12', '0.010 : 0.020', '502 : 200', 'id'],
    ],
  ])('split ingress attempt columns: %s', (text, groups) => {
    expect(splitAttemptGroups(text)).toEqual(groups)
  })
})
