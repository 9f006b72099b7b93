/** What the command line was asked to do. */
export interface CliOptions {
  mode: 'summary' | 'json' | 'findings'
  /** Files to read in order; `-` is standard input. Empty means standard input. */
  files: string[]
  help: boolean
}

/** A usage mistake: printed as one line on stderr, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const USAGE = `Usage: nginx-502-doctor [--json | --findings] [FILE ...]

Reads nginx error logs (and access, PHP-FPM, kernel, audit, systemd lines) from the FILEs,
or standard input when there is none or a FILE is "-", and names the cause of 502/504s.

  (no option)  a summary for a terminal: findings, first check, permalink
  --json       one JSON object per input line: {"line": N, "cause": ID|null, ...}
  --findings   one JSON document: {"findings": [...]} in the order to act on them
  -h, --help   this text`

/** Parses argv (without node and the script). Throws {@link UsageError} on a mistake. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { mode: 'summary', files: [], help: false }
  let onlyFiles = false
  for (const arg of argv) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) options.files.push(arg)
    else if (arg === '--') onlyFiles = true
    else if (arg === '--json' || arg === '--findings') {
      const mode = arg === '--json' ? 'json' : 'findings'
      if (options.mode !== 'summary' && options.mode !== mode) {
        throw new UsageError('--json and --findings cannot be used together')
      }
      options.mode = mode
    } else if (arg === '-h' || arg === '--help') options.help = true
    else throw new UsageError(`unknown option ${arg} (see --help)`)
  }
  return options
}
