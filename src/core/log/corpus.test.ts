import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../causes.ts'
import { analyzeText } from './analyze.ts'
import { CORPUS_LINES } from './corpus/index.ts'
import type { CorpusFamily, CorpusLine } from './corpus/types.ts'

// Real lines people posted in public threads (corpus/*.ts, each with its thread), as they
// posted them: each entry must be read as evidence of its cause, look-alikes as nothing.
// An entry wrapped over several lines is one entry: its lines may not name another cause.
function causesOf(text: string) {
  return analyzeText(text)
    .map((result) => result.cause)
    .filter((cause) => cause !== null)
}

function readsRight({ text, cause }: CorpusLine): boolean {
  const causes = causesOf(text)
  return cause === null
    ? causes.length === 0
    : causes.length > 0 && causes.every((c) => c === cause)
}

const read = CORPUS_LINES.filter((line) => line.unread === undefined)
const unread = CORPUS_LINES.filter((line) => line.unread !== undefined)

describe('real lines from public threads (corpus)', () => {
  it.each(read)('$family → $cause: $text', (line) => {
    expect(causesOf(line.text), line.source).toEqual(
      line.cause === null ? [] : expect.arrayContaining([line.cause]),
    )
    expect(readsRight(line), line.source).toBe(true)
  })

  // What only the thread tells, or text too mangled to read: if the reader starts getting
  // one right, move it to the lines above.
  it.each(unread)('still unread ($unread): $text', (line) => {
    expect(readsRight(line)).toBe(false)
  })
})

describe('the corpus itself', () => {
  const families: CorpusFamily[] = [
    'damaged-head',
    'cut-or-wrapped',
    'stream',
    'resolver',
    'openresty',
    'resource-limit',
    'kernel-oom',
    'segfault',
    'selinux',
    'systemd',
    'gunicorn',
    'uwsgi',
    'ruby',
    'php-fpm',
    'fastcgi-stderr',
    'node',
    'apache',
    'java',
    'access-other',
  ]

  it('holds at least 400 lines and 80 look-alikes, every family with both kinds where real', () => {
    expect(CORPUS_LINES.length).toBeGreaterThanOrEqual(400)
    expect(CORPUS_LINES.filter((line) => line.cause === null).length).toBeGreaterThanOrEqual(80)
    for (const family of families) {
      const lines = CORPUS_LINES.filter((line) => line.family === family)
      expect(lines.filter((line) => line.cause !== null).length, family).toBeGreaterThan(0)
    }
  })

  it('says where each line was posted and gives known causes only', () => {
    for (const line of CORPUS_LINES) {
      expect(line.source).toMatch(/^https:\/\/\S+$/)
      if (line.cause !== null) expect(CAUSE_IDS).toContain(line.cause)
    }
  })

  it('holds no line twice', () => {
    const texts = CORPUS_LINES.map((line) => line.text)
    expect(new Set(texts).size).toBe(texts.length)
  })
})
