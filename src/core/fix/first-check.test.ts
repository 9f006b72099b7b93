import { describe, expect, it } from 'vitest'
import { pickCheck } from './first-check.ts'
import type { CommandStep, SetupAnswers } from './types.ts'

const STEPS: CommandStep[] = [
  {
    kind: 'command',
    text: 'docker compose exec {service} ss -tlnp',
    when: { runtime: ['docker'] },
  },
  { kind: 'command', text: 'docker compose ps', when: { runtime: ['docker'] } },
  { kind: 'command', text: "sudo ss -tlnp | grep -- ':{port} '" },
  { kind: 'command', text: 'kubectl get endpoints', when: { runtime: ['kubernetes'] } },
]

describe('pickCheck', () => {
  it.each<[string, SetupAnswers, Record<string, string>, string]>([
    [
      'the general check when the setup is not known',
      {},
      { port: '3000' },
      "sudo ss -tlnp | grep -- ':3000 '",
    ],
    [
      'a Docker check that needs no value the log lacks',
      { runtime: 'docker' },
      { port: '3000' },
      'docker compose ps',
    ],
    [
      'the Docker check with the value once it is known',
      { runtime: 'docker' },
      { service: 'app' },
      'docker compose exec app ss -tlnp',
    ],
    ['the check of the setup answered', { runtime: 'kubernetes' }, {}, 'kubectl get endpoints'],
    [
      'a placeholder left visible when no check can be filled',
      { runtime: 'systemd' },
      {},
      "sudo ss -tlnp | grep -- ':<port> '",
    ],
  ])('%s', (_, setup, values, expected) => {
    expect(pickCheck(STEPS, setup, values)).toBe(expected)
  })

  it('asks for the one value a check for this setup needs, before a check for any setup', () => {
    const steps: CommandStep[] = [
      {
        kind: 'command',
        text: 'docker compose exec {nginxService} nginx -T',
        when: { runtime: ['docker'] },
      },
      { kind: 'command', text: 'sudo nginx -T' },
    ]
    expect(pickCheck(steps, { runtime: 'docker' }, {})).toBe(
      'docker compose exec <nginxService> nginx -T',
    )
    expect(pickCheck(steps, { runtime: 'docker' }, { nginxService: 'web' })).toBe(
      'docker compose exec web nginx -T',
    )
    expect(pickCheck(steps, { runtime: 'systemd' }, {})).toBe('sudo nginx -T')
  })

  it('falls back to the first step when none is for this setup, to nothing when none is', () => {
    expect(pickCheck(STEPS.slice(0, 2), { runtime: 'systemd' }, {})).toBe(
      'docker compose exec <service> ss -tlnp',
    )
    expect(pickCheck([], {}, {})).toBe('')
  })
})
