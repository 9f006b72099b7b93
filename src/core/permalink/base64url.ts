const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Map([...ALPHABET].map((char, index) => [char, index]))

/** Encodes bytes as base64url without padding (safe in a URL fragment, no escaping). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]!
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]!
  }
  return out
}

/** Decodes base64url (padding optional); returns null on any character outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array | null {
  let end = text.length
  while (end > 0 && text[end - 1] === '=') end -= 1
  const clean = text.slice(0, end)
  if (clean.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let o = 0
  for (let i = 0; i < clean.length; i += 4) {
    let n = 0
    const count = Math.min(4, clean.length - i)
    for (let j = 0; j < 4; j++) {
      const value = j < count ? LOOKUP.get(clean[i + j]!) : 0
      if (value === undefined) return null
      n = (n << 6) | value
    }
    out[o++] = (n >> 16) & 255
    if (count > 2) out[o++] = (n >> 8) & 255
    if (count > 3) out[o++] = n & 255
  }
  return out
}
