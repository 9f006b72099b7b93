import { describe, expect, it } from 'vitest'
import type { Evidence } from './evidence.ts'
import type { FixId } from './fix-ids.ts'
import { decisiveQuestion, rankFixes, type FixOdds, type OfferedFix } from './order.ts'
import type { SetupAnswers } from './types.ts'

const OFFERED: OfferedFix[] = [
  { id: 'start-backend' },
  { id: 'point-to-listening-address' },
  { id: 'use-service-name', when: { location: ['container'] } },
  { id: 'bind-all-interfaces' },
  { id: 'restart-policy' },
]

const ODDS: FixOdds[] = [
  { fix: 'start-backend', weight: 5 },
  { fix: 'point-to-listening-address', weight: 3 },
  {
    fix: 'use-service-name',
    weight: 9,
    when: { location: ['container'] },
    evidence: ['loopback-upstream'],
  },
  { fix: 'bind-all-interfaces', weight: 6, when: { location: ['container'] } },
]

const order = (setup: SetupAnswers, evidence: Evidence[] = []): FixId[] =>
  rankFixes(OFFERED, ODDS, setup, new Set(evidence)).map((r) => r.offered.id)

describe('rankFixes', () => {
  it.each<[string, SetupAnswers, Evidence[], FixId[]]>([
    [
      'nothing known: the base rows',
      {},
      [],
      [
        'start-backend',
        'point-to-listening-address',
        'bind-all-interfaces',
        'use-service-name',
        'restart-policy',
      ],
    ],
    [
      'a container: its rows move up',
      { location: 'container' },
      [],
      [
        'bind-all-interfaces',
        'start-backend',
        'point-to-listening-address',
        'use-service-name',
        'restart-policy',
      ],
    ],
    [
      'a container whose nginx used its own loopback',
      { location: 'container' },
      ['loopback-upstream'],
      [
        'use-service-name',
        'bind-all-interfaces',
        'start-backend',
        'point-to-listening-address',
        'restart-policy',
      ],
    ],
    [
      'one host: the container fix goes last, still there',
      { location: 'same-host' },
      ['loopback-upstream'],
      [
        'start-backend',
        'point-to-listening-address',
        'bind-all-interfaces',
        'restart-policy',
        'use-service-name',
      ],
    ],
  ])('%s', (_, setup, evidence, expected) => {
    expect(order(setup, evidence)).toEqual(expected)
  })

  it('marks how each fix fits, and never drops one', () => {
    const ranked = rankFixes(OFFERED, ODDS, { location: 'same-host' }, new Set())
    expect(ranked).toHaveLength(OFFERED.length)
    expect(ranked.at(-1)).toMatchObject({ offered: { id: 'use-service-name' }, fit: 'other-setup' })
    expect(ranked[0]).toMatchObject({ fit: 'fits', score: 5 })
  })

  it('counts an unanswered setup a little: likely for someone, not known for you', () => {
    const [first] = rankFixes([{ id: 'bind-all-interfaces' }], ODDS, {}, new Set())
    expect(first!.score).toBeGreaterThan(0)
    expect(first!.score).toBeLessThan(6)
  })
})

describe('decisiveQuestion', () => {
  it('asks where the backend runs when that changes the first fix', () => {
    expect(decisiveQuestion(OFFERED, ODDS, {}, new Set(), ['backend', 'location'])).toBe('location')
  })

  it('asks nothing once the answer is given, or when no answer changes the first fix', () => {
    expect(decisiveQuestion(OFFERED, ODDS, {}, new Set(), ['backend', 'runtime'])).toBeNull()
  })
})
