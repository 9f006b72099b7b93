import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { startPageGzipBytes } from '../scripts/check-budget.js'
import { ensureSystemTools } from '../scripts/system-deps.js'
import { readFileInBrowser } from './big-file.ts'
import { timeInBrowser } from './browser.ts'
import { bigDump, timeConfigCheck } from './config-dump.ts'
import { generateLog } from './generate-log.ts'
import { best, timeCommand, type Run } from './measure.ts'

// `npm run bench`: the speed and memory targets of the engine, measured against grep in the
// same run on the same machine, plus the browser figures. Exits 1 when a target is missed.
const LINES = 1_000_000
const FILE = 'bench/data/error-1m.log'
// A second log whose lines never repeat (every line its own second, pid, connection, client,
// path and upstream port), as a busy fleet's log: no reader can lean on having seen a line.
const UNIQUE_FILE = 'bench/data/error-1m-unique.log'
// The grep an on-call engineer would run to count gateway errors: error-level lines that
// mention an upstream or a failed connect/resolve. On the generated file it counts exactly
// the lines the summary reports as evidence (checked below), so both do the same job.
const GREP = String.raw`\[(error|crit|alert)\] .*(upstream|connect\(\)|could not be resolved|no resolver)`
// The quickest grep there is: literal words, which grep finds without a regular expression
// engine's work per line. The unique log is timed against it.
const LITERAL_GREP =
  'Connection refused|timed out|prematurely closed|No such file|Connection reset|no live upstreams|too big header|SSL_do_handshake|could not be resolved|FastCGI sent in stderr'
const CLI = ['--max-semi-space-size=4', 'bin/nginx-502-doctor.js']

const rows: [string, string, boolean][] = []
const check = (name: string, value: string, ok: boolean) => rows.push([name, value, ok])

for (const [file, variety] of [
  [FILE, 'repeating'],
  [UNIQUE_FILE, 'unique'],
] as const) {
  if (!fileHasLines(file, LINES)) {
    console.log(`Generating ${LINES.toLocaleString('en-US')} ${variety} lines into ${file} ...`)
    await generateLog(file, LINES, variety)
  }
  const mb = statSync(file).size / 1e6
  console.log(`Input: ${file}, ${LINES.toLocaleString('en-US')} lines, ${mb.toFixed(0)} MB`)
}
console.log('')

const grep = best(3, () => timeCommand('grep', ['-cE', GREP, FILE], true))
const summary = best(5, () => timeCommand('node', [...CLI, FILE], true))
const json = best(3, () => timeCommand('node', [...CLI, '--json', FILE]))
const grepCount = Number(grep.stdout.trim())
const evidence = Number(
  /: ([\d,]+) lines? points? to/.exec(summary.stdout)?.[1]?.replaceAll(',', ''),
)

check(
  'grep -cE (baseline)',
  `${grep.seconds.toFixed(2)} s, ${grepCount.toLocaleString('en-US')} lines`,
  true,
)
check('same lines counted', `grep ${grepCount}, summary ${evidence}`, grepCount === evidence)
checkRatio('summary vs grep', summary, grep, 5)
checkRatio('--json vs grep', json, grep, 15)

const literal = best(3, () => timeCommand('grep', ['-cE', LITERAL_GREP, UNIQUE_FILE], true))
const uniqueSummary = best(5, () => timeCommand('node', [...CLI, UNIQUE_FILE], true))
const uniqueJson = best(3, () => timeCommand('node', [...CLI, '--json', UNIQUE_FILE]))
check('unique log: literal grep -cE (baseline)', `${literal.seconds.toFixed(2)} s`, true)
checkRatio('unique log: summary vs literal grep', uniqueSummary, literal, 8)
checkRatio('unique log: --json vs literal grep', uniqueJson, literal, 20)
for (const [name, run] of [
  ['summary', summary],
  ['--json', json],
  ['unique log: summary', uniqueSummary],
  ['unique log: --json', uniqueJson],
] as const) {
  const peak = run.peakMb
  check(
    `${name} peak memory (< 200 MB)`,
    peak === null ? 'unknown' : `${peak.toFixed(0)} MB`,
    peak === null || peak < 200,
  )
}

const { chromium } = ensureSystemTools(['chromium']) as { chromium: string }
const paste = readFileSync(FILE, 'utf8').slice(0, 4_000_000).split('\n').slice(0, 10_000).join('\n')
const browserMs = await timeInBrowser(chromium, paste)
check('10,000-line paste in Chromium (< 50 ms)', `${browserMs.toFixed(1)} ms`, browserMs < 50)

// A file opened in the page (issue 12): at most 3x the command line's summary of the same
// file, and no frame waits more than 100 ms while it reads.
const opened = await readFileInBrowser(chromium, FILE)
const cliMs = summary.seconds * 1000
check(
  `${(statSync(FILE).size / 1e6).toFixed(0)} MB file opened in Chromium vs the CLI (<= 3x)`,
  `${(opened.ms / 1000).toFixed(2)} s = ${(opened.ms / cliMs).toFixed(1)}x, ${opened.lines.toLocaleString('en-US')} lines`,
  opened.ms <= 3 * cliMs && opened.lines === LINES,
)
check(
  'longest frame gap while it reads (<= 100 ms)',
  `${opened.maxGapMs.toFixed(0)} ms`,
  opened.maxGapMs <= 100,
)

// A 50 MB paste takes the file's path (a worker, streamed), held to the CLI's time for the
// same text.
const PASTE_FILE = 'bench/data/paste-50mb.log'
writeFileSync(PASTE_FILE, readFileSync(FILE).subarray(0, 50_000_000))
const pasteCli = best(5, () => timeCommand('node', [...CLI, PASTE_FILE], true))
const pasted = await readFileInBrowser(chromium, FILE, 50_000_000)
check(
  '50 MB paste read in Chromium vs the CLI (<= 3x)',
  `${(pasted.ms / 1000).toFixed(2)} s = ${(pasted.ms / 1000 / pasteCli.seconds).toFixed(1)}x, ${pasted.lines.toLocaleString('en-US')} lines`,
  pasted.ms / 1000 <= 3 * pasteCli.seconds,
)
check(
  'longest frame gap while it is handed over and read (<= 100 ms)',
  `${pasted.maxGapMs.toFixed(0)} ms`,
  pasted.maxGapMs <= 100,
)

const dump = bigDump()
const configMs = timeConfigCheck(dump, 10)
check(
  `${(dump.length / 1e6).toFixed(1)} MB nginx -T parsed and checked (< 50 ms)`,
  `${configMs.toFixed(1)} ms`,
  configMs < 50,
)

const bundleKb = startPageGzipKb()
check('start page JavaScript, gzipped (<= 120 KB)', `${bundleKb.toFixed(1)} KB`, bundleKb <= 120)

const width = Math.max(...rows.map(([name]) => name.length))
for (const [name, value, ok] of rows)
  console.log(`${ok ? 'ok  ' : 'MISS'}  ${name.padEnd(width)}  ${value}`)
process.exitCode = rows.every(([, , ok]) => ok) ? 0 : 1

/** A target of the form "this run takes at most `limit` times the baseline's time". */
function checkRatio(name: string, run: Run, base: Run, limit: number): void {
  const times = run.seconds / base.seconds
  check(
    `${name} (<= ${limit}x)`,
    `${run.seconds.toFixed(2)} s = ${times.toFixed(1)}x`,
    times <= limit,
  )
}

function fileHasLines(file: string, lines: number): boolean {
  try {
    const result = spawnSync('wc', ['-l', file], { encoding: 'utf8' })
    return Number(result.stdout.trim().split(' ')[0]) === lines
  } catch {
    return false
  }
}

/** Builds the app and adds up the gzipped JavaScript the start page's HTML loads. */
function startPageGzipKb(): number {
  spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' })
  return startPageGzipBytes() / 1024
}
