/**
 * `include` as nginx does it, against the files of a pasted dump instead of a disk: a relative
 * pattern is taken from the main file's directory (nginx's configuration prefix, so
 * `include mime.types;` in /etc/nginx/nginx.conf is /etc/nginx/mime.types, whichever file the
 * include is in), and a pattern with `*`, `?` or `[…]` is a glob, matched in sorted order as
 * glob(3) returns it. Every include site gets the files it names, even a file already included
 * elsewhere. Lists with no include below them are shared, not copied: the same Directive object
 * can stand at two include sites and in its file, so treat the tree as read-only.
 */
import type { ConfigFile, ConfigProblem, Directive } from './types.ts'

/** `/etc/nginx/./conf.d//a.conf` → `/etc/nginx/conf.d/a.conf`; `..` removes a part. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/')
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else if (part !== '..' || !absolute) parts.push(part)
  }
  return (absolute ? '/' : '') + parts.join('/')
}

/** The directory part of a path (`/etc/nginx/nginx.conf` → `/etc/nginx`), `''` for none. */
export function dirOf(path: string): string {
  const at = path.lastIndexOf('/')
  return at < 0 ? '' : at === 0 ? '/' : path.slice(0, at)
}

const hasMagic = (pattern: string): boolean => /[*?[]/.test(pattern)

/**
 * A glob as a RegExp over whole paths: `*` and `?` never cross a `/` and, as in glob(3), do
 * not match a leading `.` of a name.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '^'
  let atNameStart = true
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i]!
    if (ch === '*' || ch === '?') {
      out += (atNameStart ? '(?!\\.)' : '') + (ch === '*' ? '[^/]*' : '[^/]')
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close < 0) out += '\\['
      else {
        let body = pattern.slice(i + 1, close)
        const negated = body.startsWith('!') || body.startsWith('^')
        if (negated) body = body.slice(1)
        const escaped = body.replace(/[\\\]^]/g, (c) => `\\${c}`)
        out += `${atNameStart ? '(?!\\.)' : ''}[${negated ? '^/' : ''}${escaped}]`
        i = close
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, (c) => `\\${c}`)
    atNameStart = ch === '/'
  }
  return new RegExp(`${out}$`)
}

/** Stops a paste whose includes multiply (each file including the next twice) from blowing up. */
const BUDGET = 1_000_000
/** Includes and blocks nested deeper than this are left as they are. */
const MAX_NESTING = 400

/** `main` with its includes expanded, and the problems met doing it. */
export interface Expanded {
  main: Directive[]
  problems: ConfigProblem[]
}

/** Expands the includes of the first file, which is the main one in an `nginx -T` dump. */
export function expandIncludes(files: readonly ConfigFile[]): Expanded {
  const problems: ConfigProblem[] = []
  const first = files[0]
  if (first === undefined) return { main: [], problems }
  const byPath = new Map<string, ConfigFile>()
  for (const file of files) {
    const key = normalizePath(file.path)
    if (!byPath.has(key)) byPath.set(key, file)
  }
  const sorted = [...byPath.keys()].sort()
  const prefix = dirOf(first.path)
  const cache = new Map<string, ConfigFile[]>()
  let budget = BUDGET
  let stopped = false
  const stop = (d: Directive, why: string): void => {
    if (!stopped) problems.push({ file: d.file, line: d.line, message: why })
    stopped = true
  }

  const resolve = (pattern: string): ConfigFile[] => {
    const joined = pattern.startsWith('/') || prefix === '' ? pattern : `${prefix}/${pattern}`
    const full = normalizePath(joined)
    const known = cache.get(full)
    if (known !== undefined) return known
    let found: ConfigFile[]
    if (hasMagic(full)) {
      const re = globToRegExp(full)
      budget -= sorted.length
      found = sorted.filter((p) => re.test(p)).map((p) => byPath.get(p)!)
    } else {
      const file = byPath.get(full)
      found = file === undefined ? [] : [file]
    }
    cache.set(full, found)
    return found
  }

  // Copy-on-write: a list with no include anywhere below is returned as it is.
  const expand = (list: Directive[], chain: string[], depth: number): Directive[] => {
    let out: Directive[] | null = null
    for (let k = 0; k < list.length; k += 1) {
      const d = list[k]!
      let replacement: Directive[] | null = null
      if (depth > MAX_NESTING) {
        stop(
          d,
          `includes and blocks nest deeper than ${MAX_NESTING} levels: the rest is not expanded`,
        )
      } else if (budget <= 0) {
        stop(d, 'the includes expand to more than a million directives: the rest is not expanded')
      } else if (d.name === 'include' && d.args.length === 1 && d.block === undefined) {
        const matches = resolve(d.args[0]!)
        const parts: Directive[] = []
        let expanded = 0
        for (const file of matches) {
          const path = normalizePath(file.path)
          if (chain.includes(path)) {
            const cycle = [...chain.slice(chain.indexOf(path)), path].join(' → ')
            problems.push({
              file: d.file,
              line: d.line,
              message: `include cycle, not followed: ${cycle}`,
            })
            continue
          }
          expanded += 1
          const inner = expand(file.directives, [...chain, path], depth + 1)
          budget -= inner.length + 1
          for (const x of inner) parts.push(x)
        }
        if (expanded > 0) replacement = parts
      } else if (d.block !== undefined) {
        const block = expand(d.block, chain, depth + 1)
        if (block !== d.block) replacement = [{ ...d, block }]
      }
      budget -= 1
      if (replacement !== null && out === null) out = list.slice(0, k)
      if (out !== null) {
        if (replacement === null) out.push(d)
        else for (const x of replacement) out.push(x)
      }
    }
    return out ?? list
  }

  return { main: expand(first.directives, [normalizePath(first.path)], 0), problems }
}
