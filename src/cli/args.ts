import { SETUP_CHOICES } from '../core/fix/setup-choices.ts'
import type { SetupAnswers } from '../core/fix/types.ts'

const SETUP_KEYS = Object.keys(SETUP_CHOICES).join(', ')

/** What the command line was asked to do. */
export interface CliOptions {
  mode: 'summary' | 'json' | 'findings'
  /** Files to read in order; `-` is standard input. Empty means standard input. */
  files: string[]
  help: boolean
  /** The setup as `--setup` gave it (the page's setup questions). */
  setup: SetupAnswers
  /** `--config` files: `nginx -T` output or config files, read with the log. */
  configs: string[]
  /** `--queries`: each finding's queries for the log platforms (LogQL, KQL ...). */
  queries: boolean
}

/** A usage mistake: printed as one line on stderr, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const USAGE = `Usage: nginx-502-doctor [--json | --findings] [--queries] [--setup KEY=VALUE,...] [--config FILE]... [FILE ...]

Reads nginx error logs (and access, PHP-FPM, kernel, audit, systemd lines) from the FILEs,
or standard input when there is none or a FILE is "-", and names the cause of 502/504s.

  (no option)  a summary for a terminal: findings, first check, permalink
  --json       one JSON object per input line: {"line": N, "cause": ID|null, ...}
  --findings   one JSON document: {"findings": [...]} in the order to act on them
  --setup      the setup, as the page asks it, e.g. --setup runtime=docker,backend=node;
               keys: ${SETUP_KEYS}
  --config     nginx's configuration (sudo nginx -T > nginx-T.txt, or config files; repeatable):
               its mistakes, tied to the log's findings; with no log FILE, the config alone
  --queries    for each finding, the queries that find it on every host: Loki (LogQL),
               Kibana (KQL), Elasticsearch (Lucene), CloudWatch Logs Insights, Cloud Logging
               (printed after the summary, or as "queries" in --findings)
  -h, --help   this text`

/** The options that take a value, as `--name VALUE` or `--name=VALUE`. */
const VALUED = ['--setup', '--config'] as const

function take(options: CliOptions, name: (typeof VALUED)[number], value: string): void {
  if (name === '--setup') options.setup = { ...options.setup, ...parseSetup(value) }
  else options.configs.push(value)
}

/** Parses argv (without node and the script). Throws {@link UsageError} on a mistake. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    mode: 'summary',
    files: [],
    help: false,
    setup: {},
    configs: [],
    queries: false,
  }
  let onlyFiles = false
  let pending: (typeof VALUED)[number] | null = null
  for (const arg of argv) {
    const valued = onlyFiles ? undefined : VALUED.find((name) => arg.startsWith(`${name}=`))
    if (pending !== null) {
      take(options, pending, arg)
      pending = null
    } else if (!onlyFiles && (VALUED as readonly string[]).includes(arg)) {
      pending = arg as (typeof VALUED)[number]
    } else if (valued !== undefined) take(options, valued, arg.slice(valued.length + 1))
    else if (onlyFiles || arg === '-' || !arg.startsWith('-')) options.files.push(arg)
    else if (arg === '--') onlyFiles = true
    else if (arg === '--json' || arg === '--findings') {
      const mode = arg === '--json' ? 'json' : 'findings'
      if (options.mode !== 'summary' && options.mode !== mode) {
        throw new UsageError('--json and --findings cannot be used together')
      }
      options.mode = mode
    } else if (arg === '--queries') options.queries = true
    else if (arg === '-h' || arg === '--help') options.help = true
    else throw new UsageError(`unknown option ${arg} (see --help)`)
  }
  if (options.queries && options.mode === 'json')
    throw new UsageError('--queries goes with the summary or --findings, not --json')
  if (pending === '--setup') throw new UsageError('--setup needs KEY=VALUE[,KEY=VALUE...]')
  if (pending === '--config')
    throw new UsageError('--config needs a FILE (nginx -T output or a config file)')
  return options
}

/** Reads `KEY=VALUE[,KEY=VALUE...]` with the page's setup questions and answers. */
export function parseSetup(text: string): SetupAnswers {
  const setup: Record<string, string> = {}
  for (const pair of text.split(',')) {
    const [key = '', value = '', ...rest] = pair.trim().split('=')
    const choices = (SETUP_CHOICES as Record<string, readonly string[] | undefined>)[key]
    if (choices === undefined || rest.length > 0) {
      throw new UsageError(`--setup: unknown key "${key}" (keys: ${SETUP_KEYS})`)
    }
    if (!choices.includes(value)) {
      throw new UsageError(`--setup: ${key} is one of ${choices.join(', ')}, not "${value}"`)
    }
    setup[key] = value
  }
  return setup as SetupAnswers
}
