/**
 * Puts a config proof's fix in place the way the page tells a person to: the app's diff
 * applied by the page's own `patch` command (src/content/config-apply.ts), checked against
 * the edited text applyEdits gives; or, where the app gives no edit, the person's own fix.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { applyEdits, type EditedFile } from '../src/core/config/apply-edits.ts'
import type { ConfigFinding } from '../src/core/config/check.ts'
import { readConfigPaste } from '../src/core/config/dump.ts'
import { applySteps } from '../src/content/config-apply.ts'
import type { ConfigWorld } from './config-proof-kit.ts'
import { runNginx, type NginxRun } from './config-proof-nginx.ts'
import { isRoot } from './nginx.ts'

export interface FixWritten {
  edited: EditedFile[]
  /** Each file as it is on disk after the fix (after `fill`). */
  written: { path: string; text: string }[]
  fixBy: 'app' | 'person'
  patch: NginxRun | null
}

/** Runs the page's patch command for the diff (as root, without its `sudo`). */
async function runPagePatch(diff: string): Promise<NginxRun> {
  const command = applySteps('host', diff, true).patch
  if (command === null) throw new Error('the page gives no patch command for a named dump')
  const shell = isRoot() ? command.replace(/^sudo /, '') : command
  const run = await runNginx('sh', ['-c', shell])
  if (run.code !== 0) throw new Error(`the page's patch command failed: ${run.stderr}${run.stdout}`)
  return run
}

/**
 * Writes the fix into the files nginx -T named (only files under `dir`): the app's edit
 * through the page's patch command, then `fill` for what it leaves to the person; where the
 * app gives no edit, the world's personFix.
 */
export async function fixFiles(
  world: ConfigWorld,
  dump: string,
  mistake: ConfigFinding,
  dir: string,
): Promise<FixWritten> {
  const files = readConfigPaste(dump).files
  let edited = applyEdits(files, mistake.edits)
  const mine = (file: string): boolean => file.startsWith(`${dir}/`)
  // Only the instance's own files: an edit naming anything else is a bug, not a fix.
  if (!edited.every((e) => mine(e.path))) throw new Error('the edit names files outside the lab')
  let patch: NginxRun | null = null
  if (mistake.edits.length > 0) {
    if (edited.length === 0) throw new Error(`the edits of ${mistake.check} do not apply`)
    patch = await runPagePatch(edited.map((e) => e.diff).join(''))
    for (const e of edited) {
      // The dump keeps each file's own last newline, so the text is the file's, byte for byte.
      if ((await readFile(e.path, 'utf8')) !== e.after)
        throw new Error(`the page's patch of ${e.path} differs from applyEdits' text`)
    }
  } else {
    const file = files.find((f) => f.path === mistake.file)
    if (file === undefined || world.personFix === undefined || !mine(file.path))
      throw new Error(`${mistake.check} gives no edit, and the proof has no fix of its own`)
    edited = [{ path: file.path, before: file.text, after: world.personFix(file.text), diff: '' }]
  }
  const written = edited.map((e) => {
    const text = `${e.after}\n`
    return { path: e.path, text: world.fill?.(text) ?? text }
  })
  for (const file of written) await writeFile(file.path, file.text)
  return { edited, written, fixBy: patch === null ? 'person' : 'app', patch }
}
