import { describe, expect, it } from 'vitest'
import { decodePermalink, encodePermalink } from './codec.ts'
import type { SharedDiagnosis } from './restore.ts'

const DIAGNOSIS: SharedDiagnosis = {
  v: 1,
  lines: [
    '2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: lab-refused, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:41047/", host: "lab-refused"',
  ],
  counts: [
    {
      cause: 'upstream-refused',
      lines: 12,
      first: '2026-11-22 02:25:27',
      last: '2026-11-22 02:30:00',
    },
  ],
}

// A link exactly as version 1 writes it. Links people have shared must keep opening: never
// change this string; add a new frozen link when a new version appears.
const FROZEN_V1 =
  'v1.bZCxTsMwEIZf5XQsLXJqn2kT5BUhGBmyNRlC6pBIwS62U4aq746tkqhDddIN93_3Df8ZT6iI4TgY7VHtUQqZcyIuJQip5E7JAvbaOetq2D3n-UNaCh4JWmuMbsNqDV0zjPoAKyJS8HI9D9aA093k9WENv30E5ofBfEGwMB19cLr5ZtCOgzZBAcliI-IQA6_dSTsFY_OZ_VtY1P1M2kewwrfXEji8l-UHpw1VyBZdSvsQjorzxae2JLYFT1hvr4IbcYVYM2ztZEJq4IxtE8-ocFbOIC41kWTYDc6HSKXCMqLsprAENnfCJ6GEwEt9-QM'

// A v1 link with every optional field the share panel writes (answers, setup, values ...).
const FROZEN_V1_FULL =
  'v1.dZBNb8IwDIb_iuVdYCprE0Q35TpN23EHboCmLHVptJJ0SQoHxH9fLD5O7JIP-_Fr-z3iHpUosLeOIqoVykrWpRCllFBJJRdKPsOKQvBhA4uXun7gQ8GjAOOdI5MmU2i17amBiRBCwes5bL2DQO0YqZnCocvAtcC6LSQP4xBTIL0rwPSWXFKXeyYKiBT2FBREm4j_gX5HihlZ4_vbEkr4WC4_S_Ek1ljchDjbpTSoslwpJTZqXlVVyUTnz7VnuTXipkDjR5d44yManadEhVeh2WXumR32Nd68mRfY2hBTJu-YxJy-l6xVVeEpd9QuHihkoSPGpAOjvd_iqcBBx9yO3W-ta744mvlIaRyYDnlSu-MJG29-KORW3zo_XC5B5xtijdh7XidrZ--sYTp2fuCUyfuT-3fB0x8'

describe('permalink codec', () => {
  it('opens the frozen v1 link with every optional field', () => {
    const decoded = decodePermalink(FROZEN_V1_FULL)
    expect(decoded).toMatchObject({
      ok: true,
      diagnosis: {
        counts: [{ cause: 'upstream-refused-ipv6', lines: 3 }],
        answers: { start: 'log' },
        passed: ['find_log'],
        setup: { runtime: 'docker', backend: 'node' },
        slots: { service: 'shop' },
        chosen: 'upstream-refused-ipv6',
      },
    })
  })

  it('drops unknown or unsafe optional fields instead of failing', () => {
    const link = encodePermalink({
      v: 1,
      lines: [],
      answers: { __proto__x: 'a', ok_1: 'b', 'bad id': 'c' },
      setup: { runtime: 'mainframe', backend: 'node' },
      slots: { service: 'x'.repeat(500), host: 'h' },
      chosen: 'made-up',
      extra: 'ignored',
    } as never)
    expect(decodePermalink(link)).toEqual({
      ok: true,
      diagnosis: {
        v: 1,
        lines: [],
        answers: { __proto__x: 'a', ok_1: 'b' },
        setup: { backend: 'node' },
        slots: { host: 'h' },
      },
    })
  })

  it('round-trips a diagnosis', () => {
    expect(decodePermalink(encodePermalink(DIAGNOSIS))).toEqual({ ok: true, diagnosis: DIAGNOSIS })
  })

  it('writes v1 links in a fixed form (fragment-safe, versioned)', () => {
    const link = encodePermalink(DIAGNOSIS)
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/)
    expect(link).toBe(FROZEN_V1)
  })

  it('opens the frozen v1 link', () => {
    expect(decodePermalink(`#${FROZEN_V1}`)).toEqual({ ok: true, diagnosis: DIAGNOSIS })
  })

  it.each([
    ['empty', '', 'empty'],
    ['a bare hash', '#', 'empty'],
    ['no version', 'hello', 'unknown-format'],
    ['a future version', `v2.${FROZEN_V1.slice(3)}`, 'future-version'],
    ['characters outside base64url', 'v1.abc$def', 'corrupt'],
    ['a truncated link', FROZEN_V1.slice(0, 40), 'corrupt'],
    [
      'a flipped byte',
      FROZEN_V1.slice(0, 30) + (FROZEN_V1[30] === 'A' ? 'B' : 'A') + FROZEN_V1.slice(31),
      'corrupt',
    ],
  ])('refuses %s with a reason', (_name, link, reason) => {
    expect(decodePermalink(link)).toEqual({ ok: false, reason })
  })

  it.each([
    ['not an object', [1, 2]],
    ['a wrong version field', { v: 2, lines: [] }],
    ['lines that are not strings', { v: 1, lines: [1] }],
    ['an unknown cause id', { v: 1, lines: [], counts: [{ cause: 'made-up', lines: 1 }] }],
    ['a negative count', { v: 1, lines: [], counts: [{ cause: 'upstream-refused', lines: -1 }] }],
  ])('refuses a well-encoded payload with %s', (_name, payload) => {
    const link = encodePermalink(payload as unknown as SharedDiagnosis)
    expect(decodePermalink(link)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a payload that inflates beyond its limit (zip bomb)', () => {
    const bomb = encodePermalink({ v: 1, lines: ['x'.repeat(3_000_000)] })
    expect(bomb.length).toBeLessThan(10_000)
    expect(decodePermalink(bomb)).toEqual({ ok: false, reason: 'invalid' })
  })
})
