/** One `key = value` line of a PHP-FPM pool, where it stands in the paste. */
export interface PoolSetting {
  value: string
  /** The line as written, trimmed (`;listen.owner = www-data` for a commented one). */
  written: string
  file: string
  line: number
}

/** A PHP-FPM pool pasted with the nginx config (`[www]` and its settings). */
export interface PhpPool {
  name: string
  file: string
  /** The `[name]` line. */
  line: number
  /** Its settings by key (`listen`, `listen.owner`, `user` …), the last one written wins. */
  settings: Map<string, PoolSetting>
  /** Commented-out settings (`;listen.owner = www-data`): where a fix goes when none is set. */
  commented: Map<string, PoolSetting>
}

const SECTION = /^\s*\[([^\]\s]{1,64})\]\s*$/
const SETTING = /^\s*([\w.[\]-]{1,80})[ \t]*=(.*)$/
const COMMENTED = /^\s*;[ \t]*([\w.[\]-]{1,80})[ \t]*=(.*)$/
const POOL_COMMENT = /^\s*;/

/**
 * The PHP-FPM pools in one file of a paste (a person pastes `cat www.conf` after `nginx -T`),
 * and the lines that are theirs, not nginx's: from a `[name]` line on, its settings, comments
 * and blank lines; a line starting with `;` (a pool comment, never nginx) anywhere. Values
 * lose the quotes PHP's ini format allows.
 */
export function readPools(
  lines: readonly string[],
  file: string,
): { pools: PhpPool[]; own: Set<number> } {
  const pools: PhpPool[] = []
  const own = new Set<number>()
  let pool: PhpPool | null = null
  lines.forEach((text, k) => {
    const section = SECTION.exec(text)
    if (section !== null) {
      pool = { name: section[1]!, file, line: k + 1, settings: new Map(), commented: new Map() }
      pools.push(pool)
      own.add(k)
      return
    }
    if (POOL_COMMENT.test(text)) {
      own.add(k)
      const off = COMMENTED.exec(text)
      if (pool !== null && off !== null && !pool.commented.has(off[1]!)) {
        pool.commented.set(off[1]!, {
          value: unquote(off[2]!),
          written: text.trim(),
          file,
          line: k + 1,
        })
      }
      return
    }
    if (pool === null) return
    const setting = SETTING.exec(text)
    if (text.trim() === '' || setting !== null) {
      own.add(k)
      if (setting !== null) {
        pool.settings.set(setting[1]!, {
          value: unquote(setting[2]!),
          written: text.trim(),
          file,
          line: k + 1,
        })
      }
      return
    }
    pool = null
  })
  return { pools, own }
}

const unquote = (value: string): string => value.trim().replace(/^"(.*)"$/, '$1')
