import { describe, expect, it } from 'vitest'
import { whereText } from './format.ts'

// The wording rule, value by value (names as Compose writes its containers).
describe('where a finding happens', () => {
  const web = (n: number, lines: number) => ({ name: `web-${n}`, lines })
  it.each([
    [[web(3, 12)], 3, 'only on web-3 (12 lines), of 3'],
    [
      [web(1, 4), web(2, 3), web(3, 1)],
      3,
      'all 3: web-1 (4 lines), web-2 (3 lines), web-3 (1 line)',
    ],
    [[web(1, 4), web(2, 3)], 3, '2 of 3: web-1 (4 lines), web-2 (3 lines)'],
    [[web(1, 1)], 1, 'web-1 (1 line)'],
  ])('%j of %i', (instances, fleet, text) => {
    expect(whereText(instances, fleet)).toBe(text)
  })

  it('a long list is cut, the rest counted', () => {
    const many = Array.from({ length: 8 }, (_, i) => web(i + 1, 1))
    expect(whereText(many, 12)).toMatch(/^8 of 12: web-1 .* and 3 more$/)
  })

  it('lines without a wrapper say nothing', () => {
    expect(whereText(undefined, 0)).toBeNull()
  })
})
