import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONFIG_CHECK_EXPLAINS, CONFIG_CHECK_IDS } from './check-ids.ts'

const CONTRACT = readFileSync(
  new URL('../../../../shared/contract/config-checks.md', import.meta.url),
  'utf8',
)

describe('config check ids', () => {
  // Each table row: | `id` | the mistake | `cause`, `cause` |
  const rows = [...CONTRACT.matchAll(/^\| `([a-z0-9-]+)` \|[^\n]*\|([^|\n]*)\|$/gm)]

  it('are exactly the contract’s, in its order', () => {
    expect(CONFIG_CHECK_IDS).toEqual(rows.map((row) => row[1]))
  })

  it.each(rows.map((row) => [row[1]!, row[2]!]))(
    '%s explains what the contract says',
    (id, causes) => {
      const listed = [...causes.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1])
      expect([...CONFIG_CHECK_EXPLAINS[id as keyof typeof CONFIG_CHECK_EXPLAINS]]).toEqual(listed)
    },
  )
})
