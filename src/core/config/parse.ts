/**
 * Tokens to directives: crossplane's parser shape (`crossplane/parser.py` @16de93a) without its
 * context and argument checks, so a pasted `server { … }` or `location { … }` alone is read as
 * it is. Every mistake becomes a problem at its line and reading goes on; nothing throws.
 */
import { COMMENT, lexColumns, OPAQUE, QUOTED } from './lex.ts'
import { looksLikeDirectiveName } from './parse-names.ts'
import type { ConfigProblem, Directive } from './types.ts'

/** What one file's text parses to. */
export interface ParsedText {
  directives: Directive[]
  problems: ConfigProblem[]
}

/**
 * Blocks whose lines are data (a key and its value), not directives: `map`, `geo`, `types`,
 * `split_clients` and `match`. Their entries are kept as directives named by the key.
 */
export const DATA_BLOCKS: ReadonlySet<string> = new Set([
  'map',
  'geo',
  'types',
  'split_clients',
  'match',
])

/**
 * Deeper blocks are read into the level above: nothing real nests this deep, and it keeps
 * anyone walking the tree recursively clear of the stack's limit.
 */
export const MAX_DEPTH = 200

/** Past this many, one problem says how many more there were (a binary paste has millions). */
const MAX_PROBLEMS = 500

interface Frame {
  list: Directive[]
  data: boolean
  name: string
  line: number
}

/** crossplane's `_prepare_if_args`: `if ($a = b)` → args `$a`, `=`, `b`. */
function stripIfParens(args: string[]): void {
  const first = args[0]
  const last = args[args.length - 1]
  if (first === undefined || last === undefined) return
  if (!first.startsWith('(') || !last.endsWith(')')) return
  args[0] = first.slice(1).trimStart()
  args[args.length - 1] = args[args.length - 1]!.slice(0, -1).trimEnd()
  if (args[args.length - 1] === '') args.pop()
  if (args[0] === '') args.shift()
}

/** Parses one configuration file's text. `file` goes into every directive and problem. */
export function parseConfigText(text: string, file: string): ParsedText {
  const { columns, problems: lexProblems } = lexColumns(text)
  const { text: words, meta } = columns
  const lineOf = (k: number): number => meta[3 * k]!
  const endLineOf = (k: number): number => meta[3 * k + 1]!
  const flagsOf = (k: number): number => meta[3 * k + 2]!
  const problems: ConfigProblem[] = []
  let dropped = 0
  const report = (line: number, message: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line, message })
    else dropped += 1
  }
  for (const p of lexProblems) report(p.line, p.message)
  // `{`, `}` or `;` as nginx means them: unquoted, not a comment or Lua body.
  const punct = (k: number): string => {
    const w = words[k]!
    return flagsOf(k) === 0 && (w === '{' || w === '}' || w === ';') ? w : ''
  }

  const root: Directive[] = []
  const stack: Frame[] = [{ list: root, data: false, name: '', line: 0 }]
  const n = words.length
  let i = 0
  while (i < n) {
    const frame = stack[stack.length - 1]!
    const line = lineOf(i)
    if (flagsOf(i) & COMMENT) {
      i += 1
      continue
    }
    if (flagsOf(i) & OPAQUE) {
      report(line, `a Lua block at line ${line} has no directive name before it`)
      i += 1
      continue
    }
    const p = punct(i)
    if (p === '}') {
      if (stack.length > 1) stack.pop()
      else report(line, `unexpected \`}\` at line ${line}: there is no open block to close`)
      i += 1
      continue
    }
    if (p === ';') {
      report(line, `unexpected \`;\` at line ${line}: there is no directive before it`)
      i += 1
      continue
    }
    if (p === '{') {
      // Read its contents where they stand, so what is inside is not lost.
      report(line, `\`{\` at line ${line} has no directive name before it`)
      stack.push({ list: frame.list, data: frame.data, name: '', line })
      i += 1
      continue
    }

    const name = words[i]!
    const directive: Directive = { name, args: [], file, line }
    frame.list.push(directive)
    let lastLine = endLineOf(i)
    i += 1
    for (;;) {
      if (i >= n) {
        report(lastLine, `missing \`;\` after \`${name}\` at line ${lastLine}: the file ends first`)
        break
      }
      const f = flagsOf(i)
      if (f & COMMENT) {
        i += 1
        continue
      }
      if (f & OPAQUE) {
        directive.opaque = words[i]!
        i += 1
        break
      }
      const a = punct(i)
      if (a === ';') {
        i += 1
        break
      }
      if (a === '}') {
        // Not consumed: the outer loop closes the block with it.
        report(
          lastLine,
          `missing \`;\` after \`${name}\` at line ${lastLine}: the \`}\` on line ${lineOf(i)} comes first`,
        )
        break
      }
      if (a === '{') {
        const open = lineOf(i)
        i += 1
        if (stack.length > MAX_DEPTH) {
          report(open, `blocks nest deeper than ${MAX_DEPTH} levels at line ${open}`)
          stack.push({ list: frame.list, data: frame.data, name, line: open })
        } else {
          directive.block = []
          stack.push({ list: directive.block, data: DATA_BLOCKS.has(name), name, line: open })
        }
        break
      }
      const word = words[i]!
      if (!frame.data && !(f & QUOTED) && lineOf(i) > lastLine && looksLikeDirectiveName(word)) {
        // The next line starts with what reads as a directive: nginx would take it as more
        // arguments (and fail on their number); we end here so the rest is read right.
        report(
          lastLine,
          `missing \`;\` after \`${name}\` at line ${lastLine}: nginx would read \`${word}\` on line ${lineOf(i)} as more of its arguments`,
        )
        break
      }
      directive.args.push(word)
      lastLine = endLineOf(i)
      i += 1
    }
    if (name === 'if' && !frame.data) stripIfParens(directive.args)
  }

  for (let k = stack.length - 1; k > 0; k -= 1) {
    const open = stack[k]!
    const what = open.name === '' ? '' : ` (\`${open.name}\`)`
    report(
      open.line,
      `\`{\` at line ${open.line}${what} is never closed: the file ends before its \`}\``,
    )
  }
  if (dropped > 0) {
    const lastLine = problems[problems.length - 1]?.line ?? 1
    problems.push({ file, line: lastLine, message: `and ${dropped} more problems like these` })
  }
  return { directives: root, problems }
}
