// Compiles the command line once into a cached bundle, so neither the main thread nor the
// worker pays for loading TypeScript on every run. The cache is keyed by the sources' sizes and
// times; any change rebuilds it (in about a tenth of a second). Returns the bundle's entry, or
// null when it cannot build, and the caller falls back to running the sources through tsx.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** The path of the compiled entry, building it first when the sources changed. */
export async function compiledCli() {
  try {
    const files = ['src/cli', 'src/core', 'src/content'].flatMap((d) => sourceFiles(join(root, d)))
    const hash = createHash('sha256')
    for (const file of files.sort()) {
      const { size, mtimeMs } = statSync(file)
      hash.update(`${file}:${size}:${mtimeMs}\n`)
    }
    const dir = join(
      root,
      'node_modules',
      '.cache',
      'nginx-502-doctor',
      hash.digest('hex').slice(0, 16),
    )
    const main = join(dir, 'main.mjs')
    if (!existsSync(main)) {
      const { build } = await import('esbuild')
      await build({
        entryPoints: {
          main: join(root, 'src/cli/main.ts'),
          'range-task': join(root, 'src/cli/range-task.ts'),
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outdir: `${dir}.tmp-${process.pid}`,
        outExtension: { '.js': '.mjs' },
        logLevel: 'silent',
      })
      // Built aside and moved in whole: several runs starting at once never read half a file.
      try {
        renameSync(`${dir}.tmp-${process.pid}`, dir)
      } catch {
        rmSync(`${dir}.tmp-${process.pid}`, { recursive: true, force: true })
      }
    }
    return main
  } catch {
    return null
  }
}
