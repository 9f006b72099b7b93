import { readFileSync } from 'node:fs'
import { checkConfig } from '../src/core/config/check.ts'
import { readConfigPaste } from '../src/core/config/dump.ts'

/**
 * A 2 MB `nginx -T` dump: the lab's genuine dump with its files repeated under new names
 * (so includes, upstreams and checks all run), as a big fleet's config would be.
 */
export function bigDump(): string {
  const real = readFileSync(
    new URL('../src/core/config/fixtures/lab-dump.txt', import.meta.url),
    'utf8',
  )
  const files = real.slice(real.indexOf('# configuration file '))
  const parts: string[] = [real]
  for (let i = 0; parts.join('\n').length < 2_000_000; i += 1) {
    parts.push(files.replaceAll('/tmp/labdump/conf/', `/tmp/labdump/site-${i}/`))
  }
  return parts.join('\n')
}

/** The best of `runs` times to parse and check the dump, in milliseconds. */
export function timeConfigCheck(dump: string, runs: number): number {
  let best = Infinity
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    checkConfig(readConfigPaste(dump))
    best = Math.min(best, performance.now() - start)
  }
  return best
}
