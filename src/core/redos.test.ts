import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every regular-expression literal in the engine runs on text the user pasted (or a file of
// 200 MB): each must be free of catastrophic backtracking. Collected from the source with the
// TypeScript parser so a new pattern cannot slip past this test.
const ROOT = fileURLToPath(new URL('.', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

function regexLiterals(path: string): { where: string; source: string; flags: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: { where: string; source: string; flags: string }[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file)
      const end = text.lastIndexOf('/')
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
      found.push({
        where: `${path.slice(ROOT.length)}:${line + 1}`,
        source: text.slice(1, end),
        flags: text.slice(end + 1),
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

const patterns = sourceFiles(ROOT).flatMap(regexLiterals)

// A pattern whose every quantifier is bounded cannot backtrack without limit: at worst it
// scans its bound from each position of a line the analyzer has already cut to MAX_LINE.
// recheck's fuzzer still calls such a search "polynomial", so that verdict is accepted for
// fully bounded patterns only; anything exponential, or polynomial with `*`, `+` or `{n,}`,
// fails.
const UNBOUNDED = /[*+]|\{\d+,\}/
const quantifiers = (source: string): string =>
  source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x')

describe('patterns are safe from ReDoS', () => {
  it('found the patterns', () => expect(patterns.length).toBeGreaterThan(40))

  it.each(patterns)(
    '$where /$source/',
    async ({ source, flags }) => {
      const result = await check(source, flags, { timeout: 10_000 })
      const verdict =
        result.status === 'vulnerable' ? `vulnerable (${result.complexity.summary})` : result.status
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial') {
        expect(
          UNBOUNDED.test(quantifiers(source)),
          `unbounded quantifier in a ${verdict} pattern`,
        ).toBe(false)
      } else {
        expect(verdict).toBe('safe')
      }
      // recheck may search for up to 10 s; with the other suites on both cores it takes longer
      // than vitest's default 5 s on complex patterns.
    },
    30_000,
  )
})
