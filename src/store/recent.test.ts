// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://127.0.0.1/"}
import { afterEach, describe, expect, it } from 'vitest'
import { listRecent, MAX_RECENT, RECENT_KEY, removeRecent, saveRecent } from './recent.ts'

afterEach(() => localStorage.clear())

describe('recent diagnoses', () => {
  it('lists the newest first, once per link, at most ten', () => {
    for (let i = 0; i < 12; i += 1) {
      saveRecent(
        { summary: [{ cause: 'upstream-refused', lines: i }], link: `v1.link${i}` },
        new Date(1000 * i),
      )
    }
    saveRecent({ summary: [], link: 'v1.link11' }, new Date(99_000))
    const list = listRecent()
    expect(list).toHaveLength(MAX_RECENT)
    expect(list[0]?.link).toBe('v1.link11')
    expect(list.filter((e) => e.link === 'v1.link11')).toHaveLength(1)
  })

  it('removes one', () => {
    const [entry] = saveRecent({ summary: [], link: 'v1.a' })
    expect(removeRecent(entry!.id)).toEqual([])
  })

  it('skips what it cannot read (tampered storage)', () => {
    localStorage.setItem(
      RECENT_KEY,
      JSON.stringify([
        { id: 1 },
        { id: 'x', savedAt: 'y', summary: [{ cause: 'nope', lines: 1 }], link: 'v1.ok' },
        'junk',
      ]),
    )
    expect(listRecent()).toEqual([{ id: 'x', savedAt: 'y', summary: [], link: 'v1.ok' }])
    localStorage.setItem(RECENT_KEY, '{not json')
    expect(listRecent()).toEqual([])
  })
})
