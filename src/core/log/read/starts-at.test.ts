import { describe, expect, it } from 'vitest'
import { startsAt } from './starts-at.ts'

describe('startsAt', () => {
  // A line cut out of a longer text, as the command line's lines are.
  const line =
    `xx${'2026/11/22 02:00:00 [error] 1#1: *1 connect() to unix:/run/a.sock failed'}yy`.slice(2, -2)
  it.each([
    [', client: ', 0, false],
    ['2026/', 0, true],
    ['connect() to ', 36, true],
    ['connect() to ', 35, false],
    ['failed', line.length - 6, true],
    ['failed!', line.length - 6, false],
    ['', line.length, true],
    ['', line.length + 1, false],
    ['2026', -1, false],
    ['d', line.length, false],
  ])('%j at %i is %s, as startsWith says', (literal, at, expected) => {
    expect(startsAt(line, literal, at)).toBe(expected)
    if (at >= 0 && at <= line.length) expect(line.startsWith(literal, at)).toBe(expected)
  })
})
