import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkConfig } from '../check.ts'
import { readConfigPaste } from '../dump.ts'

const found = (name: string): string[] => {
  const text = readFileSync(
    new URL(`../fixtures/nginx-tests/${name}.conf`, import.meta.url),
    'utf8',
  )
  return checkConfig(readConfigPaste(text)).map((f) => `${f.check}@${f.line}`)
}

// nginx's own test configurations (fixtures/sources.md): each raises what it really does, and
// its look-alikes beside it raise nothing.
describe("nginx's test configurations", () => {
  it('proxy_non_idempotent: the retry of requests that change data, and only that', () => {
    // Line 36: `proxy_next_upstream error timeout non_idempotent;`. Beside it, a retry list
    // without it (line 31) and a keep-alive pool with HTTP/1.1 and a cleared Connection.
    expect(found('proxy_non_idempotent')).toEqual(['next-upstream-non-idempotent@36'])
  })

  it('proxy_next_upstream: one live server beside a `down` one; proxying to other blocks is no loop', () => {
    // Line 23: `server 127.0.0.1:8081;` in `upstream u3`, next to `server 127.0.0.1:8082 down;`.
    expect(found('proxy_next_upstream')).toEqual(['max-fails-single-server@23'])
  })
})
