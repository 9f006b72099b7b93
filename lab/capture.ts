/**
 * `npm run lab:capture`: runs the lab and writes `lab/captured/<id>.log` (the scenario's
 * error-log lines, then its access-log lines, exactly as nginx wrote them) and
 * `lab/captured/manifest.json`.
 *
 * Options: `--only id,id` to re-capture some scenarios (their manifest entries are replaced, the
 * others kept), `--keep-temp` to keep nginx's temporary prefixes.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CauseId } from '../src/core/causes.ts'
import { stopAllNginx } from './nginx.ts'
import { runLab, type LabOptions, type ScenarioResult } from './run-lab.ts'
import { SCENARIOS } from './scenarios.ts'

export interface ManifestEntry {
  id: string
  cause: CauseId | null
  statuses: Array<number | null>
  nginxVersion: string
}

const CAPTURED = fileURLToPath(new URL('./captured/', import.meta.url))

/** The sample text of one scenario, as committed under lab/captured/. */
export function capturedText(result: ScenarioResult): string {
  const scenario = SCENARIOS.find((s) => s.id === result.id)
  const errorLines =
    scenario?.captureLifecycle === true
      ? [...result.startLines, ...result.errorLines, ...result.stopLines]
      : result.errorLines
  return [...errorLines, ...result.accessLines].map((line) => `${line}\n`).join('')
}

function parseArgs(argv: string[]): LabOptions {
  const options: LabOptions = {}
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === '--keep-temp') options.keepTemp = true
    else if (arg === '--only' && argv[i + 1] !== undefined) {
      options.only = (argv[i + 1] ?? '').split(',')
      i += 1
    } else throw new Error(`unknown argument ${arg}; use --only id,id or --keep-temp`)
  }
  return options
}

async function previousManifest(): Promise<ManifestEntry[]> {
  try {
    return JSON.parse(
      await readFile(path.join(CAPTURED, 'manifest.json'), 'utf8'),
    ) as ManifestEntry[]
  } catch {
    return []
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2))
  const lab = await runLab(options)
  await mkdir(CAPTURED, { recursive: true })
  if (options.only === undefined) {
    for (const name of await readdir(CAPTURED)) {
      if (name.endsWith('.log')) await rm(path.join(CAPTURED, name))
    }
  }
  const entries = new Map<string, ManifestEntry>()
  if (options.only !== undefined) for (const e of await previousManifest()) entries.set(e.id, e)
  let failed = 0
  for (const result of lab.scenarios) {
    const mark = result.error === null ? 'ok ' : 'ERR'
    const statuses = result.statuses.map((s) => (s === null ? '-' : String(s))).join(',')
    process.stdout.write(
      `${mark} ${result.id.padEnd(20)} ${String(result.ms).padStart(5)} ms  status ${statuses.padEnd(14)} ` +
        `${result.observedCause ?? '(none)'}\n    ${result.firstCausalLine ?? result.error ?? ''}\n`,
    )
    if (result.error !== null) {
      failed += 1
      continue
    }
    await writeFile(path.join(CAPTURED, `${result.id}.log`), capturedText(result))
    const cause = result.observedCause ?? result.cause
    entries.set(result.id, {
      ...{ id: result.id, cause, statuses: result.statuses },
      nginxVersion: lab.nginxVersion,
    })
  }
  const order = SCENARIOS.map((s) => s.id)
  const manifest = [...entries.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
  await writeFile(path.join(CAPTURED, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  process.stdout.write(`nginx ${lab.nginxVersion} (${lab.nginxBin}): ${lab.ms} ms\n`)
  return failed === 0 ? 0 : 1
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAllNginx().finally(() => process.exit(130))
  })
}

main().then(
  (code) => {
    process.exitCode = code
  },
  async (err: unknown) => {
    await stopAllNginx()
    process.stderr.write(`lab:capture failed: ${err instanceof Error ? err.stack : String(err)}\n`)
    process.exitCode = 1
  },
)
