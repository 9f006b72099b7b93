import { describe, expect, it } from 'vitest'
import { CAUSE_IDS, type CauseId } from '../causes.ts'
import { createLogRun } from '../log/run.ts'
import { checkConfig } from './check.ts'
import { POOL_CORPUS_CONFIGS, type PoolCorpusConfig } from './corpus/pool-configs.ts'
import { readConfigPaste } from './dump.ts'
import { readPools } from './pool.ts'

const NO_CHECKS = Object.fromEntries(CAUSE_IDS.map((c) => [c, []])) as Record<CauseId, []>
const POOL_PATH = '/etc/php/fpm/pool.d/www.conf'

/**
 * The thread's files as the command line reads `--config nginx.conf --config www.conf`: each
 * under its own name, so a line of the pool is the pool's own.
 */
const asFiles = (c: PoolCorpusConfig): string =>
  [
    ...c.nginx.map((f) => `# configuration file /${f.path}:\n${f.text}\n`),
    `# configuration file ${POOL_PATH}:\n${c.pool}\n`,
  ].join('')

function found(c: PoolCorpusConfig, text: string) {
  const run = createLogRun({ checks: NO_CHECKS })
  for (const line of (c.log ?? '').split('\n')) run.push(line)
  run.end()
  const findings = run.findings().map((d) => d.finding)
  return checkConfig(readConfigPaste(text), { findings }).filter(
    (f) => f.check === 'socket-owner-mismatch',
  )
}

describe('PHP-FPM pools with the nginx config they served', () => {
  it.each(POOL_CORPUS_CONFIGS.map((c) => [c.title, c] as const))('%s', (_, c) => {
    const got = found(c, asFiles(c)).map((f) => `${f.file}:${f.line}`)
    if (c.verdict === 'allowed') {
      expect(got, c.source).toEqual([])
      return
    }
    const expected = c.mistakes.map((m) =>
      m.in === 'pool' ? `${POOL_PATH}:${m.line}` : `/${c.nginx[m.file ?? 0]!.path}:${m.line}`,
    )
    expect(got, c.source).toEqual(expected)
  })

  it('the edit gives the socket to nginx’s group, and then nothing is found', () => {
    const denied = POOL_CORPUS_CONFIGS.filter((c) => c.verdict === 'denied')
    expect(denied.length).toBeGreaterThan(2)
    for (const c of denied) {
      const config = readConfigPaste(asFiles(c))
      const [mistake] = checkConfig(config).filter((f) => f.check === 'socket-owner-mismatch')
      expect(mistake?.edits.length, c.source).toBeGreaterThan(0)
      const pool = config.files.find((f) => f.path === POOL_PATH)!
      const lines = pool.text.split('\n')
      for (const e of mistake!.edits) lines[e.line - 1] = e.after
      const fixed = asFiles({ ...c, pool: lines.join('\n').replace(/\n$/, '') })
      expect(found(c, fixed), c.source).toEqual([])
    }
  })

  it('pasted after nginx -T on the page: the pool is read, and nginx does not read its lines', () => {
    const c = POOL_CORPUS_CONFIGS.find((p) => p.verdict === 'denied' && p.log !== undefined)!
    const paste = `${c.nginx.map((f) => f.text).join('\n')}\n${c.pool}`
    const config = readConfigPaste(paste)
    expect(config.pools.length).toBeGreaterThan(0)
    expect(config.problems).toEqual([])
    const start = paste.split('\n').length - c.pool.split('\n').length
    const mistake = found(c, paste)[0]
    expect(mistake?.line).toBe(start + c.mistakes[0]!.line)
  })
})

describe('reading a pool', () => {
  it('its settings, the last one winning, and its commented ones', () => {
    const { pools, own } = readPools(
      [
        '[www]',
        'user = www-data',
        ';listen.owner = www-data',
        'listen = "/run/php/php8.2-fpm.sock"',
        'listen = /run/php.sock',
        'server {',
      ],
      '',
    )
    expect(pools[0]?.settings.get('listen')).toEqual({
      value: '/run/php.sock',
      written: 'listen = /run/php.sock',
      file: '',
      line: 5,
    })
    expect(pools[0]?.commented.get('listen.owner')?.line).toBe(3)
    expect([...own]).toEqual([0, 1, 2, 3, 4])
  })
})
