import type { ConfigEdit } from './checks/types.ts'
import type { ConfigFile } from './types.ts'

/** A file's text after edits, and the unified diff that turns the old text into it. */
export interface EditedFile {
  path: string
  before: string
  after: string
  diff: string
}

/**
 * Applies line edits to the pasted files (several edits of one file combine; one line is
 * edited once, by the first edit naming it) and writes each change as a unified diff, so the
 * person's indentation and comments stay as they are.
 */
export function applyEdits(
  files: readonly ConfigFile[],
  edits: readonly ConfigEdit[],
): EditedFile[] {
  const out: EditedFile[] = []
  for (const file of files) {
    const mine = edits.filter((e) => e.file === file.path)
    if (mine.length === 0) continue
    const lines = file.text.split('\n')
    const done = new Set<number>()
    for (const edit of mine) {
      const at = edit.line - 1
      if (done.has(at) || lines[at]?.replace(/\r$/, '') !== edit.before.replace(/\r$/, '')) continue
      done.add(at)
      lines[at] = edit.after
    }
    if (done.size === 0) continue
    const after = lines.join('\n')
    out.push({ path: file.path, before: file.text, after, diff: unifiedDiff(file, mine, done) })
  }
  return out
}

const CONTEXT = 2

function unifiedDiff(
  file: ConfigFile,
  edits: readonly ConfigEdit[],
  done: ReadonlySet<number>,
): string {
  const old = file.text.split('\n')
  const name = file.path === '' ? 'nginx.conf' : file.path
  const out = [`--- ${name}`, `+++ ${name}`]
  const replaced = new Map<number, string[]>()
  for (const at of done) replaced.set(at, edits.find((e) => e.line - 1 === at)!.after.split('\n'))
  // Changes whose context would touch share one hunk, as diff(1) writes them.
  const groups: number[][] = []
  for (const at of [...done].sort((a, b) => a - b)) {
    const last = groups.at(-1)
    if (last !== undefined && at - last.at(-1)! <= 2 * CONTEXT) last.push(at)
    else groups.push([at])
  }
  let shift = 0
  for (const group of groups) {
    const from = Math.max(0, group[0]! - CONTEXT)
    const to = Math.min(old.length, group.at(-1)! + CONTEXT + 1)
    const body: string[] = []
    let added = 0
    for (let i = from; i < to; i += 1) {
      const lines = replaced.get(i)
      if (lines === undefined) body.push(` ${old[i]}`)
      else {
        body.push(`-${old[i]}`, ...lines.map((l) => `+${l}`))
        added += lines.length - 1
      }
    }
    out.push(`@@ -${from + 1},${to - from} +${from + 1 + shift},${to - from + added} @@`, ...body)
    shift += added
  }
  return `${out.join('\n')}\n`
}
