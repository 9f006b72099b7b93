import { access, constants } from 'node:fs/promises'
import { createAnalyzer, type AnalyzedLine } from '../core/log/analyze.ts'
import { createFindingsCollector } from '../core/log/findings.ts'
import { parseArgs, USAGE, UsageError, type CliOptions } from './args.ts'
import { readLineBatches } from './read-lines.ts'
import { formatSummary } from './summary.ts'
import { createOutput } from './output.ts'

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions
  try {
    options = parseArgs(argv)
    await checkReadable(options.files)
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
  }
}

async function run(options: CliOptions): Promise<void> {
  const analyzer = createAnalyzer()
  const collector = createFindingsCollector()
  const out = createOutput(process.stdout)
  let total = 0
  const take = (results: AnalyzedLine[]): void => {
    for (const result of results) {
      total += 1
      collector.add(result, result.text)
      if (options.mode === 'json') out.write(toJsonLine(result))
    }
  }
  for await (const batch of readLineBatches(options.files)) {
    for (const line of batch) take(analyzer.push(line))
    await out.drain()
  }
  take(analyzer.end())
  if (options.mode === 'findings')
    out.write(`${JSON.stringify({ findings: collector.findings() })}\n`)
  if (options.mode === 'summary') out.write(formatSummary(collector.findings(), total))
  await out.end()
}

function toJsonLine(result: AnalyzedLine): string {
  const { line, cause, facts, continues } = result
  const record =
    continues === undefined ? { line, cause, ...facts } : { line, cause, continues, ...facts }
  return `${JSON.stringify(record)}\n`
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
