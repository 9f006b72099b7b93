import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate'
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { restoreDiagnosis, type SharedDiagnosis } from './restore.ts'

/** The prefix of every permalink this version writes. Old prefixes must keep decoding. */
export const PERMALINK_PREFIX = 'v1.'

/** Largest decoded payload accepted (a link is untrusted: refuse zip bombs). */
const MAX_INFLATED = 2_000_000

/** Why a link could not be opened, in words for the person who clicked it. */
export type DecodeFailure = {
  ok: false
  reason: 'empty' | 'future-version' | 'unknown-format' | 'corrupt' | 'invalid'
}

/** The result of decoding: never throws. */
export type DecodeResult = { ok: true; diagnosis: SharedDiagnosis } | DecodeFailure

/** Encodes a diagnosis as `v1.<base64url(deflate(json))>`, the part after `#`. */
export function encodePermalink(diagnosis: SharedDiagnosis): string {
  const bytes = deflateSync(strToU8(JSON.stringify(diagnosis)), { level: 9 })
  return PERMALINK_PREFIX + toBase64Url(bytes)
}

/** Decodes a fragment (with or without `#`), validating everything it contains. */
export function decodePermalink(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (text === '') return { ok: false, reason: 'empty' }
  const version = /^v(\d{1,4})\./.exec(text)
  if (version === null) return { ok: false, reason: 'unknown-format' }
  if (Number(version[1]) > 1) return { ok: false, reason: 'future-version' }
  const bytes = fromBase64Url(text.slice(version[0].length))
  if (bytes === null) return { ok: false, reason: 'corrupt' }
  let json: unknown
  try {
    const inflated = inflateBounded(bytes)
    if (inflated === null) return { ok: false, reason: 'invalid' }
    json = JSON.parse(strFromU8(inflated))
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
  const diagnosis = restoreDiagnosis(json)
  return diagnosis === null ? { ok: false, reason: 'invalid' } : { ok: true, diagnosis }
}

/** Inflates at most {@link MAX_INFLATED} bytes; null when the payload would be larger. */
function inflateBounded(bytes: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflater = new Inflate((chunk) => {
    size += chunk.length
    if (size <= MAX_INFLATED) chunks.push(chunk)
  })
  inflater.push(bytes, true)
  if (size > MAX_INFLATED) return null
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
