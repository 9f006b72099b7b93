/**
 * Go string literals as LogQL reads them (Loki's lexer hands each one to `strconv.Unquote`):
 * `"..."` with Go's escapes, or a raw `` `...` ``. A test helper: it throws on what Go rejects.
 */

const SIMPLE: Readonly<Record<string, string>> = {
  a: '\u0007',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
}

/** The value of one Go string literal (quotes included); throws when Go would not accept it. */
export function unquoteGo(literal: string): string {
  if (literal.length >= 2 && literal.startsWith('`') && literal.endsWith('`')) {
    const body = literal.slice(1, -1)
    if (body.includes('`')) throw new Error('backtick inside a raw string')
    return body.replaceAll('\r', '')
  }
  if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"')) {
    throw new Error(`not a Go string literal: ${literal}`)
  }
  const body = literal.slice(1, -1)
  let out = ''
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i] ?? ''
    if (char === '"' || char === '\n') throw new Error(`unescaped ${JSON.stringify(char)}`)
    if (char !== '\\') {
      out += char
      continue
    }
    const next = body[i + 1] ?? ''
    const simple = SIMPLE[next]
    if (simple !== undefined) {
      out += simple
      i += 1
      continue
    }
    const hex = { x: 2, u: 4, U: 8 }[next]
    const digits = hex === undefined ? '' : body.slice(i + 2, i + 2 + hex)
    if (hex !== undefined && /^[0-9a-fA-F]+$/.test(digits) && digits.length === hex) {
      out += String.fromCodePoint(parseInt(digits, 16))
      i += 1 + hex
      continue
    }
    const octal = body.slice(i + 1, i + 4)
    if (/^[0-3][0-7]{2}$/.test(octal)) {
      out += String.fromCharCode(parseInt(octal, 8))
      i += 3
      continue
    }
    throw new Error(`unknown escape \\${next}`)
  }
  return out
}
