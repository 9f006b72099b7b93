import { describe, expect, it } from 'vitest'
import { logIdentity, sameLog } from './log-identity.ts'

describe('logIdentity', () => {
  it.each([
    ['', []],
    ['\n \n', []],
    ['one', ['one']],
    ['  one \r\n\ntwo\nthree\n\n', ['one', 'three']],
    ['a\nb\nc\nd\ne', ['a', 'd', 'e']],
    [`${'x'.repeat(300)}\n`, ['x'.repeat(200)]],
  ])('%j -> %j', (text, lines) => {
    expect(logIdentity(text)).toEqual(lines)
  })

  it('recognises the same log after edits, and not another one', () => {
    const log = 'first line\nsecond line\nthird line\nfourth line'
    const identity = logIdentity(log)
    expect(sameLog(identity, log.replace('first line\n', ''))).toBe(true)
    expect(sameLog(identity, `${log}\nfifth line`)).toBe(true)
    expect(sameLog(identity, 'another log\nentirely')).toBe(false)
  })
})
