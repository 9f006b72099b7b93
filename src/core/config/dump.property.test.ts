import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readConfigPaste } from './dump.ts'
import { parseConfigText } from './parse.ts'
import type { Directive, ParsedConfig } from './types.ts'

// Whatever is pasted as a configuration, the reader answers: no exception, every directive
// and problem at a line that exists in its file.
const lineCount = (text: string): number => text.split('\n').length

// Plain comparisons, not expect(): a megabyte of blocks has a quarter of a million directives.
function checkLines(list: readonly Directive[], lines: (file: string) => number): void {
  for (const d of list) {
    if (!(d.line >= 1 && d.line <= lines(d.file))) {
      throw new Error(`${d.name} at ${d.file}:${d.line} is outside its ${lines(d.file)} lines`)
    }
    if (d.block !== undefined) checkLines(d.block, lines)
  }
}

function readChecked(text: string): ParsedConfig {
  const config = readConfigPaste(text)
  // A garbled paste may name one path twice: allow the longest of its copies.
  const byPath = new Map<string, number>()
  for (const f of config.files) {
    byPath.set(f.path, Math.max(byPath.get(f.path) ?? 0, lineCount(f.text)))
  }
  const lines = (file: string): number => byPath.get(file) ?? 0
  expect(config.files.length).toBeGreaterThan(0)
  for (const file of config.files) checkLines(file.directives, lines)
  checkLines(config.main, lines)
  const pasteLines = lineCount(text)
  for (const p of config.problems) {
    expect(p.file === '' || byPath.has(p.file)).toBe(true)
    expect(p.line).toBeGreaterThanOrEqual(1)
    expect(p.line).toBeLessThanOrEqual(Math.max(lines(p.file), p.file === '' ? pasteLines : 0))
    expect(p.message.length).toBeGreaterThan(0)
  }
  return config
}

const checkShape = (text: string): void => void readChecked(text)

const CONFIGISH = fc.constantFrom(
  '# configuration file /etc/nginx/nginx.conf:\n',
  '# configuration file /etc/nginx/conf.d/a.conf:\n',
  'include conf.d/*.conf;',
  'include /etc/nginx/nginx.conf;',
  'http {',
  'server {',
  'location / {',
  'proxy_pass http://app',
  'content_by_lua_block {',
  'set_by_lua_block $x {',
  'map $a $b {',
  "'",
  '"',
  '\\',
  '${',
  '--',
  '[[',
  ']]',
  '#',
  '{',
  '}',
  ';',
  ' ',
  '\n',
  '\r\n',
  'nginx version: nginx/1.24.0\n',
  '$ sudo nginx -T\n',
)

const FIXTURES = new URL('fixtures/', import.meta.url)
const REAL = [
  readFileSync(new URL('lab-dump.txt', FIXTURES), 'utf8'),
  readFileSync(new URL('crossplane-includes-globbed-dump.txt', FIXTURES), 'utf8'),
  ...readdirSync(new URL('crossplane/', FIXTURES)).map((name) =>
    readFileSync(new URL(`crossplane/${name}`, FIXTURES), 'utf8'),
  ),
]

describe('any paste', () => {
  it('never throws, lines in range (random text)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkShape), {
      numRuns: 300,
    })
  })

  it('never throws on config-shaped fragments glued at random', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(CONFIGISH, fc.string({ maxLength: 12 })), { maxLength: 300 }),
        (parts) => checkShape(parts.join('')),
      ),
      { numRuns: 400 },
    )
  })

  it('survives invalid UTF-8 decoded the way a browser or Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) =>
        checkShape(new TextDecoder('utf-8', { fatal: false }).decode(bytes)),
      ),
      { numRuns: 200 },
    )
  })

  it('reads real configurations cut short or with a piece missing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 200 }),
        (text, end, at, length) => {
          const cut = text.slice(0, end % (text.length + 1))
          const from = at % (cut.length + 1)
          checkShape(cut.slice(0, from) + cut.slice(from + length))
        },
      ),
      { numRuns: 400 },
    )
  })

  it('gives one file per pasted file for any real dump cut at a line end', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL.slice(0, 2)), fc.nat(), (text, n) => {
        const lines = text.split('\n')
        const kept = lines.slice(0, n % (lines.length + 1)).join('\n')
        const markers = kept.split('\n').filter((l) => l.startsWith('# configuration file '))
        expect(readChecked(kept).files).toHaveLength(Math.max(1, markers.length))
      }),
      { numRuns: 100 },
    )
  })

  // A fixed, repeatable mix of the characters that matter, 5 MB long.
  const garbage = (size: number): string => {
    const alphabet = '{};"\'#\\$ \n\tabc_by_lua_block'
    let seed = 7
    let out = ''
    while (out.length < size) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      out += alphabet[seed % alphabet.length]!
      if (out.length % 4096 === 0) out += '\n# configuration file /x/y.conf:\ninclude /x/*;\n'
    }
    return out
  }

  it.each([
    ['empty', ''],
    ['NUL bytes', '\u0000'.repeat(1000)],
    ['5 MB of garbage', garbage(5 << 20)],
    ['1 MB of {', '{'.repeat(1 << 20)],
    ['1 MB of named blocks', 'a {'.repeat(1 << 18)],
    ['1 MB of }', '}'.repeat(1 << 20)],
    ['a Lua block never closed', `content_by_lua_block {${' x = "{" '.repeat(100_000)}`],
    ['only newlines', '\n'.repeat(10_000)],
    ['a marker alone', '# configuration file /etc/nginx/nginx.conf:'],
  ])('handles %s', (_name, text) => {
    checkShape(text)
    expect(() => parseConfigText(text, 'x')).not.toThrow()
  })
})
