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
  // diff(1)'s lines: a final newline ends the last line, it does not start another; a last
  // line without one is marked so patch(1) keeps it that way.
  const ended = old.at(-1) === ''
  if (ended) old.pop()
  const last = ended ? -1 : old.length - 1
  const NO_NL = '\\ No newline at end of file'
  const name = file.path === '' ? 'nginx.conf' : file.path
  const out = [`--- ${name}`, `+++ ${name}`]
  const replaced = new Map<number, string[]>()
  for (const at of done) replaced.set(at, edits.find((e) => e.line - 1 === at)!.after.split('\n'))
  // A line added after another changes nothing before it: its context starts after that line.
  const inserts = (at: number): boolean => at !== last && replaced.get(at)![0] === old[at]
  const windows = [...done]
    .sort((a, b) => a - b)
    .map((at) => ({
      from: Math.max(0, (inserts(at) ? at + 1 : at) - CONTEXT),
      to: Math.min(old.length, at + 1 + CONTEXT),
    }))
  // Changes whose context would touch share one hunk, as diff(1) writes them.
  const hunks: { from: number; to: number }[] = []
  for (const w of windows) {
    const last = hunks.at(-1)
    if (last !== undefined && w.from <= last.to) last.to = Math.max(last.to, w.to)
    else hunks.push({ ...w })
  }
  let shift = 0
  for (const { from, to } of hunks) {
    const body: string[] = []
    let added = 0
    for (let i = from; i < to; i += 1) {
      const lines = replaced.get(i)
      const end = i === last ? [NO_NL] : []
      if (lines === undefined) body.push(` ${old[i]}`, ...end)
      else if (inserts(i)) {
        // The line itself stays, as diff(1) shows an addition.
        body.push(` ${old[i]}`, ...lines.slice(1).map((l) => `+${l}`))
        added += lines.length - 1
      } else {
        body.push(`-${old[i]}`, ...end, ...lines.map((l) => `+${l}`), ...end)
        added += lines.length - 1
      }
    }
    const oldStart = to - from === 0 ? from : from + 1
    out.push(`@@ -${oldStart},${to - from} +${oldStart + shift},${to - from + added} @@`, ...body)
    shift += added
  }
  return `${out.join('\n')}\n`
}
