import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { applyEdits } from './apply-edits.ts'
import { checkConfig } from './check.ts'
import { CORPUS_CONFIGS } from './corpus/configs.ts'
import { readConfigPaste } from './dump.ts'

const dir = mkdtempSync(join(tmpdir(), 'edits-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Posted configs of one file whose mistakes come with an edit: patch(1) must turn the text
// into the edited one from the diff, only the flagged lines change, and the edited config no
// longer raises what it fixed (the false-positive twin of each case, made by the fix itself).
const cases = CORPUS_CONFIGS.flatMap((c) => {
  const config = readConfigPaste(c.text)
  const found = checkConfig(config).filter((f) => f.edits.length > 0)
  return config.files.length === 1 && found.length > 0 ? [{ c, config, found }] : []
})

describe('edits of posted configs', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it.each(cases.map((e) => [e.c.title, e] as const))('%s', (_, { config, found }) => {
    const [file] = applyEdits(
      config.files,
      found.flatMap((f) => f.edits),
    )
    const before = join(dir, 'before.conf')
    writeFileSync(before, file!.before)
    const patched = spawnSync('patch', ['-s', '--fuzz=0', '-o', '-', before], {
      input: file!.diff,
      encoding: 'utf8',
    })
    expect(patched.status, patched.stderr).toBe(0)
    expect(patched.stdout).toBe(file!.after)
    // A line changed is removed and written anew; a line added after one leaves it as it is.
    const removed = file!.diff.split('\n').filter((l) => /^-(?!--)/.test(l))
    const changed = found
      .flatMap((f) => f.edits)
      .filter((e) => !e.after.startsWith(`${e.before}\n`))
      .map((e) => e.line)
    expect(removed).toHaveLength(new Set(changed).size)
    const fixed = new Set(found.map((f) => f.check))
    const left = checkConfig(readConfigPaste(file!.after)).filter((f) => fixed.has(f.check))
    expect(left.map((f) => `${f.check}@${f.line}`)).toEqual([])
  })
})
