import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** One timed run of a command: wall seconds and peak resident memory in MB (when known). */
export interface Run {
  seconds: number
  peakMb: number | null
  stdout: string
}

const TIME = '/usr/bin/time'

/**
 * Runs a command with its standard output sent to /dev/null (or captured), timing the wall
 * clock here and reading peak memory from GNU time when the machine has it.
 */
export function timeCommand(command: string, args: string[], capture = false): Run {
  const useTime = existsSync(TIME)
  const argv = useTime ? ['-f', '%M', command, ...args] : args
  const started = process.hrtime.bigint()
  const result = spawnSync(useTime ? TIME : command, argv, {
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  }
  const kb = useTime ? Number(result.stderr.trim().split('\n').pop()) : NaN
  return { seconds, peakMb: Number.isFinite(kb) ? kb / 1024 : null, stdout: result.stdout ?? '' }
}

/** The fastest of `times` runs (the least disturbed by other work on the machine). */
export function best(times: number, run: () => Run): Run {
  let fastest: Run | null = null
  for (let i = 0; i < times; i += 1) {
    const next = run()
    if (fastest === null || next.seconds < fastest.seconds) fastest = next
  }
  return fastest!
}
