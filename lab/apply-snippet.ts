/**
 * Applies a filled nginx snippet of a cause guide to a lab scenario's config, at the context the
 * snippet declares, the way a person pastes a fix into their configuration: a directive of the
 * snippet replaces the same directive already there (nginx refuses most duplicates), a block
 * replaces the block with the same header, and everything else is added.
 */
import type { SnippetStep } from '../src/core/fix/types.ts'
import type { ConfigExtra } from './scenario-kit.ts'

/** One top-level statement of a piece of config: a directive, or a block with its body. */
interface Item {
  /** What makes two statements "the same" (see keyOf). */
  key: string
  lines: string[]
}

/** Directives that may appear several times: the same name with another first argument is another statement. */
const REPEATABLE = new Set([
  'proxy_set_header',
  'fastcgi_param',
  'uwsgi_param',
  'add_header',
  'set',
  'server',
  'include',
  'error_page',
])

let anonymous = 0

function braces(line: string): number {
  const code = line.replace(/#.*$/, '').replace(/"[^"]*"|'[^']*'/g, '')
  return (code.match(/\{/g)?.length ?? 0) - (code.match(/\}/g)?.length ?? 0)
}

function keyOf(statement: string): string {
  const words = statement
    .replace(/[;{]\s*$/, '')
    .trim()
    .split(/\s+/)
  const [name = '', first = ''] = words
  if (statement.trimEnd().endsWith('{')) {
    // `server {` at http level: never "the same" as another one.
    if (words.length === 1) return `block#${(anonymous += 1)}`
    return `block ${words.join(' ')}`
  }
  return REPEATABLE.has(name) ? `${name} ${first}` : name
}

/** Splits config lines into top-level statements; comment lines stick to the next statement. */
export function statements(lines: readonly string[]): Item[] {
  const items: Item[] = []
  let pending: string[] = []
  let current: Item | null = null
  let depth = 0
  for (const line of lines.flatMap((l) => l.split('\n'))) {
    const trimmed = line.trim()
    if (current === null) {
      if (trimmed === '') continue
      if (trimmed.startsWith('#')) {
        pending.push(trimmed)
        continue
      }
      current = { key: keyOf(trimmed), lines: [...pending, trimmed] }
      pending = []
    } else {
      current.lines.push(line)
    }
    depth += braces(line)
    if (depth < 0) throw new Error(`unbalanced "}" in: ${line}`)
    if (depth === 0) {
      items.push(current)
      current = null
    }
  }
  if (current !== null) throw new Error(`unterminated block: ${current.lines.join('\n')}`)
  if (pending.length > 0) items.push({ key: `comment#${(anonymous += 1)}`, lines: pending })
  return items
}

/** `lines` with every statement of `text` in place of the statement it replaces, or added. */
export function mergeStatements(lines: readonly string[], text: string): string[] {
  const incoming = statements([text])
  const keys = new Set(incoming.map((item) => item.key))
  const kept = statements(lines).filter((item) => !keys.has(item.key))
  return [...kept, ...incoming].flatMap((item) => item.lines)
}

function blockBody(block: Item): string[] {
  return block.lines.slice(1, -1)
}

/** The name of the upstream group `proxy_pass http://NAME` points at, if any. */
function proxiedGroup(config: ConfigExtra): string | null {
  const all = [...(config.location ?? []), ...(config.server ?? [])]
  for (const line of all) {
    const match = /^\s*proxy_pass\s+https?:\/\/([\w.-]+)[;/]/.exec(line)
    if (match?.[1] !== undefined) return match[1]
  }
  return null
}

/** Merges `text` into the body of the scenario's upstream block (the one proxy_pass uses). */
function intoUpstream(config: ConfigExtra, text: string): ConfigExtra {
  const http = statements(config.http ?? [])
  const blocks = http.filter((item) => item.key.startsWith('block upstream '))
  const group = proxiedGroup(config)
  const target =
    blocks.find((item) => item.key === `block upstream ${group ?? ''}`) ??
    (blocks.length === 1 ? blocks[0] : undefined)
  if (target === undefined) throw new Error('an upstream snippet needs an upstream{} block')
  const header = target.lines[0] ?? ''
  const body = mergeStatements(blockBody(target), text)
  const merged = [header, ...body.map((line) => `    ${line.trim()}`), '}']
  return {
    ...config,
    http: http.flatMap((item) => (item === target ? merged : item.lines)),
  }
}

/** The config with `text` (a filled snippet) applied at `context`. */
export function applySnippet(
  config: ConfigExtra,
  context: SnippetStep['context'],
  text: string,
): ConfigExtra {
  switch (context) {
    case 'http':
    case 'server':
    case 'location':
      return { ...config, [context]: mergeStatements(config[context] ?? [], text) }
    case 'upstream':
      return intoUpstream(config, text)
    case 'file':
      throw new Error('a `file` snippet (main context) cannot be applied to a lab scenario')
  }
}
