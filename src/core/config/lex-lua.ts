/**
 * The body of a `*_by_lua_block { … }` is Lua, read by OpenResty's own lexer, not nginx's:
 * its braces, quotes and `--` comments follow Lua's rules. We keep it as one opaque string,
 * as crossplane's `crossplane/ext/lua.py` does, and only count braces to find its end. Unlike
 * crossplane we also honour backslash escapes in strings and Lua's long brackets (`[[ … ]]`,
 * `--[==[ … ]==]`), so a `}` or a quote inside those does not end the block early
 * (an apostrophe in a Lua comment broke ingress-nginx's config: nginxinc/crossplane#87).
 */
import type { LexProblem, Token } from './lex.ts'

/** Where a Lua block starts and ends, its body, and the argument of `set_by_lua_block`. */
export interface LuaBlock {
  /** `set_by_lua_block $res { … }`: the one directive of its kind with an argument. */
  arg?: Token
  /** The text between the outer braces, exactly as written. */
  body: string
  openLine: number
  closeLine: number
  /** Index just past the closing `}` (or the end of the text). */
  end: number
  /** Set when the block is never closed. */
  problem?: LexProblem
}

const LF = 10
const BACKSLASH = 92
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13)

/**
 * The level of a Lua long bracket opening at `i` (`[[` is 0, `[==[` is 2), or -1 if `i` does
 * not start one.
 */
function longBracketLevel(text: string, i: number): number {
  if (text.charCodeAt(i) !== 91) return -1
  let j = i + 1
  while (text.charCodeAt(j) === 61) j += 1
  return text.charCodeAt(j) === 91 ? j - i - 1 : -1
}

/**
 * Reads a Lua block whose directive name ends just before `start`. Returns null when no `{`
 * follows, so the caller lexes the text as ordinary nginx words.
 */
export function scanLuaBlock(
  text: string,
  start: number,
  startLine: number,
  withArg: boolean,
): LuaBlock | null {
  const n = text.length
  let i = start
  let line = startLine
  const skipSpace = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === LF) line += 1
      i += 1
    }
  }
  skipSpace()
  let arg: Token | undefined
  if (withArg) {
    const from = i
    while (i < n && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 123) i += 1
    if (i === from) return null
    arg = { text: text.slice(from, i), line, quoted: false }
    skipSpace()
  }
  if (i >= n || text.charCodeAt(i) !== 123) return null

  const openLine = line
  const bodyStart = i + 1
  let depth = 1
  i = bodyStart
  // Skips to just past the `]=*]` closing a long bracket of `level` opened at i.
  const skipLong = (level: number): void => {
    const close = `]${'='.repeat(level)}]`
    const at = text.indexOf(close, i + level + 2)
    const stop = at < 0 ? n : at + close.length
    for (let k = i; k < stop; k += 1) if (text.charCodeAt(k) === LF) line += 1
    i = stop
  }
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === LF) {
      line += 1
      i += 1
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      // `--` comment: a long one if a long bracket follows, else to the end of the line.
      i += 2
      const level = longBracketLevel(text, i)
      if (level >= 0) skipLong(level)
      else while (i < n && text.charCodeAt(i) !== LF) i += 1
    } else if (c === 34 || c === 39) {
      // A short string ends at its quote; Lua does not let it run past an unescaped newline,
      // so stopping there keeps a stray quote from swallowing the rest of the block.
      i += 1
      while (i < n) {
        const d = text.charCodeAt(i)
        if (d === c || d === LF) break
        if (d === BACKSLASH && i + 1 < n) {
          if (text.charCodeAt(i + 1) === LF) line += 1
          i += 2
          continue
        }
        i += 1
      }
      if (i < n && text.charCodeAt(i) === c) i += 1
    } else if (c === 91 && longBracketLevel(text, i) >= 0) {
      skipLong(longBracketLevel(text, i))
    } else {
      if (c === 123) depth += 1
      else if (c === 125) {
        depth -= 1
        if (depth === 0) {
          const block: LuaBlock = {
            body: text.slice(bodyStart, i),
            openLine,
            closeLine: line,
            end: i + 1,
          }
          if (arg !== undefined) block.arg = arg
          return block
        }
      }
      i += 1
    }
  }
  const block: LuaBlock = {
    body: text.slice(bodyStart),
    openLine,
    closeLine: line,
    end: n,
    problem: {
      line: openLine,
      message: `the Lua block opened at line ${openLine} is never closed: its \`}\` is missing`,
    },
  }
  if (arg !== undefined) block.arg = arg
  return block
}
