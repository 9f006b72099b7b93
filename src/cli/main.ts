import { access, constants, open, readFile, stat } from 'node:fs/promises'
import { parseArgs, USAGE, UsageError, type CliOptions } from './args.ts'
import { createOutput } from './output.ts'
import { runParallel } from './parallel.ts'
import { processLines } from './process-lines.ts'
import { PARALLEL_MIN_BYTES } from './ranges.ts'
import { readLineBatches } from './read-lines.ts'
import { formatConfig } from './config-summary.ts'
import { formatQueries } from './queries.ts'
import { formatSummary } from './summary.ts'
import { fleetQueriesFor } from '../content/fleet-queries.ts'
import { checkReadConfig, type ConfigCheck } from '../content/config-report.ts'
import { readConfigPaste } from '../core/config/dump.ts'
import type { SetupAnswers } from '../core/fix/types.ts'
import { FIRST_CHECKS } from '../content/first-checks/index.ts'
import { orderedFixes, setupFor } from '../content/fix-order.ts'
import type { Finding } from '../core/log/finding.ts'
import { rankFindings } from '../core/log/rank.ts'
import { opensExport } from '../core/log/read/records.ts'
import { diagnoseFindings } from '../core/log/run.ts'

/** A line `nginx -T` writes before each file it prints. */
const DUMP_MARKER = /^# configuration file .+:\r?$/m

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions
  try {
    options = parseArgs(argv)
    await checkReadable([...options.files, ...options.configs])
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`nginx-502-doctor: ${error.message}\n`)
      return 2
    }
    throw error
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  await run(options)
  return 0
}

async function checkReadable(files: readonly string[]): Promise<void> {
  for (const file of files) {
    if (file === '-') continue
    try {
      await access(file, constants.R_OK)
    } catch {
      throw new UsageError(`cannot read ${file}`)
    }
    if ((await stat(file)).isDirectory()) {
      throw new UsageError(`cannot read ${file}: it is a directory (name the log file in it)`)
    }
  }
}

async function run(options: CliOptions): Promise<void> {
  const out = createOutput(process.stdout)
  const json = options.mode === 'json' ? out.write : null
  // `--config` alone checks the configuration alone: no log is read, not even stdin.
  const noLog = options.files.length === 0 && options.configs.length > 0
  const { findings, total } = noLog
    ? { findings: [], total: 0 }
    : (await bigSingleFile(options.files))
      ? await runParallel(options.files[0]!, out, json)
      : await runSequential(options.files, out, json)
  const diagnosed = diagnoseFindings(findings, FIRST_CHECKS, options.setup)
  const setup = setupFor(findings, options.setup)
  const advised = diagnosed.map((item) => ({ ...item, fixes: orderedFixes(item.finding, setup) }))
  const config =
    options.configs.length === 0 ? null : await readConfig(options.configs, findings, setup)
  if (options.mode === 'findings') {
    const withAdvice = advised.map(({ finding, check, fixes }) => ({
      ...finding,
      check,
      fixes: [...new Set(fixes.map((fix) => fix.offered.id))],
      ...(options.queries ? { queries: fleetQueriesFor(finding) } : {}),
    }))
    const document =
      config === null
        ? { findings: withAdvice }
        : { findings: withAdvice, config: config.found.map(({ title: _, ...f }) => f) }
    out.write(`${JSON.stringify(document)}\n`)
  }
  if (options.mode === 'summary') {
    if (!noLog) out.write(formatSummary(advised, total))
    if (options.queries) out.write(formatQueries(findings))
    if (config !== null) out.write(formatConfig(config))
  }
  await out.end()
}

/** The `--config` files as one paste (each plain file under its own name), checked. */
async function readConfig(
  files: readonly string[],
  findings: readonly Finding[],
  setup: SetupAnswers,
): Promise<ConfigCheck> {
  const texts = await Promise.all(files.map((file) => readFile(file, 'latin1')))
  const paste = texts
    .map((text, i) =>
      DUMP_MARKER.test(text) ? text : `# configuration file ${files[i]}:\n${text}`,
    )
    .join('\n')
  return checkReadConfig(readConfigPaste(paste), findings, setup, [])
}

async function runSequential(
  files: readonly string[],
  out: ReturnType<typeof createOutput>,
  json: ((record: string) => void) | null,
): Promise<{ findings: Finding[]; total: number }> {
  const { findings, total } = await processLines(readLineBatches(files), 1, json, out.drain)
  return { findings: rankFindings(findings), total }
}

/** One large regular file: worth reading in two halves on two cores. */
async function bigSingleFile(files: readonly string[]): Promise<boolean> {
  const [file] = files
  if (files.length !== 1 || file === undefined || file === '-') return false
  const info = await stat(file)
  // An export whose records span lines, or need its header, cannot be read in two halves.
  if (info.isFile() && (await opensDocument(file))) return false
  return info.isFile() && info.size >= PARALLEL_MIN_BYTES
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `nginx-502-doctor: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 2
  },
)

/** Whether the file's first line opens an export that must be read whole (see opensExport). */
async function opensDocument(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const first = head.subarray(0, bytesRead).toString('latin1').split('\n')[0] ?? ''
    return opensExport(first)
  } finally {
    await handle.close()
  }
}
