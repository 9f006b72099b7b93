import { describe, expect, it } from 'vitest'
import { INCIDENTS } from '../corpus/index.ts'
import { readLine } from '../reader.ts'
import { unwrapLine } from './unwrap.ts'
import { composeServiceOf } from './wrapper-prefix.ts'

const pasted = (source: string): string =>
  INCIDENTS.find((i) => i.source === source)!.paste.split('\n')[0]!

describe('composeServiceOf', () => {
  // Prefixes as people pasted them (corpus/incidents-*.ts).
  it.each([
    ['nginx-1  | ', 'nginx'],
    [' frontend_1    | ', 'frontend'],
    ['piped-nginx     | ', 'piped-nginx'],
    ['nginx.1     | ', 'nginx'],
  ])('%j names the service %s', (prefix, service) => {
    expect(composeServiceOf(prefix)).toBe(service)
  })

  it('names none for a swarm task, whose name `docker compose exec` does not take', () => {
    expect(composeServiceOf('monitoring_alerta.1.x267o2ynkofm@uklon5-osc01mon03    | ')).toBeNull()
  })
})

describe('unwrapLine', () => {
  it('takes off Markdown inline code around a pasted line', () => {
    // https://github.com/hestiacp/hestiacp/issues/2431 — pasted between backticks.
    const line = pasted('https://github.com/hestiacp/hestiacp/issues/2431')
    expect(line.startsWith('`')).toBe(true)
    expect(unwrapLine(line).text).toBe(line.slice(1, -1))
    expect(readLine(line).cause).toBe('resource-exhaustion')
  })

  it('keeps a lone backtick that is part of the line', () => {
    expect(unwrapLine('`').text).toBe('`')
    expect(unwrapLine('`2026/11/22 02:25:27 [error]').text).toBe('`2026/11/22 02:25:27 [error]')
  })
})

describe("Passenger's upstream", () => {
  it('is the unix socket of its core, not an IPv6 address', () => {
    // https://github.com/phusion/passenger/issues/1939
    const { cause, facts } = readLine(pasted('https://github.com/phusion/passenger/issues/1939'))
    expect(cause).toBe('upstream-refused')
    expect(facts.upstream).toMatchObject({
      scheme: 'passenger',
      socket: '/tmp/passenger.KMnpQom/agents.s/server',
      address: 'unix:/tmp/passenger.KMnpQom/agents.s/server',
    })
  })
})
