/**
 * The nginx configuration lexer: crossplane's rules (nginxinc/crossplane `crossplane/lexer.py`
 * and `crossplane/ext/lua.py` @16de93a), written over character codes so that a 2 MB dump
 * lexes in a few milliseconds, and never throws: what it cannot read becomes a problem.
 */
import { scanLuaBlock } from './lex-lua.ts'

/** One word of the configuration, or one of `{` `}` `;`, a comment, or a Lua block's body. */
export interface Token {
  /** The word, unquoted: `\"` inside double quotes became `"`; other backslash pairs kept. */
  text: string
  /** 1-based line the token starts on. */
  line: number
  /** True when it was written in quotes (so a quoted `"{"` is a word, not a brace). */
  quoted: boolean
  /** `comment` for `# …` (text kept with its `#`), `opaque` for a `*_by_lua_block` body. */
  kind?: 'comment' | 'opaque'
  /** The line it ends on, when that is not `line` (a quoted string over several lines). */
  endLine?: number
}

/** Something the lexer could not read, at the line where it starts. */
export interface LexProblem {
  line: number
  message: string
}

/** The tokens of a text, in order, and what could not be read. */
export interface LexResult {
  tokens: Token[]
  problems: LexProblem[]
}

const LF = 10
const BACKSLASH = 92
const HASH = 35
const DOLLAR = 36
const LBRACE = 123
const RBRACE = 125
const SEMI = 59
const DQUOTE = 34
const SQUOTE = 39

/** nginx separates words with space, tab, CR and LF; VT and FF too, as crossplane does. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13)

/** 1 for the characters that can end or change an unquoted word: space, `{`, `}`, `;`, `\\`. */
const WORD_SPECIAL = new Uint8Array(128)
for (const c of [9, 10, 11, 12, 13, 32, LBRACE, RBRACE, SEMI, BACKSLASH]) WORD_SPECIAL[c] = 1

/** `content_by_lua_block`, `set_by_lua_block`, `ssl_client_hello_by_lua_block`, … */
const LUA_BLOCK_SUFFIX = '_by_lua_block'

/** Flags of a token in {@link TokenColumns}. */
export const QUOTED = 1
/** A `# …` comment. */
export const COMMENT = 2
/** The body of a `*_by_lua_block`. */
export const OPAQUE = 4

/**
 * Tokens as columns, which the parser reads: a 2 MB dump has some 150 000 tokens, and not
 * making an object for each keeps the garbage collector out of the way. Token k's start line,
 * end line and flags are `meta[3k]`, `meta[3k + 1]` and `meta[3k + 2]`.
 */
export interface TokenColumns {
  text: string[]
  meta: Int32Array
}

/** Splits a text into {@link TokenColumns}. Never throws. */
export function lexColumns(text: string): { columns: TokenColumns; problems: LexProblem[] } {
  const words: string[] = []
  // About one token per 12 characters in real configurations; grown by doubling if needed.
  let meta = new Int32Array(Math.max(64, Math.ceil(text.length / 4)))
  let used = 0
  const problems: LexProblem[] = []
  const n = text.length
  let i = 0
  let line = 1
  // A word at directive position may be `*_by_lua_block`, whose body is Lua, not nginx.
  let atDirective = true

  const add = (word: string, startLine: number, endLine: number, flags: number): void => {
    if (used + 3 > meta.length) {
      const bigger = new Int32Array(meta.length * 2)
      bigger.set(meta)
      meta = bigger
    }
    words.push(word)
    meta[used] = startLine
    meta[used + 1] = endLine
    meta[used + 2] = flags
    used += 3
  }

  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === LF) {
      line += 1
      i += 1
      continue
    }
    if (isSpace(c)) {
      i += 1
      continue
    }

    if (c === HASH) {
      // A comment runs to the end of the line; a backslash pairs with the next character
      // (crossplane reads `\x` as one unit), so `\` + newline also ends it, without the `\`.
      const start = i
      while (i < n) {
        const d = text.charCodeAt(i)
        if (d === LF) break
        if (d === BACKSLASH && i + 1 < n) {
          if (text.charCodeAt(i + 1) === LF) break
          i += 2
          continue
        }
        i += 1
      }
      add(text.slice(start, i), line, line, COMMENT)
      if (i < n && text.charCodeAt(i) === BACKSLASH) i += 1
      continue
    }

    if (c === LBRACE || c === RBRACE || c === SEMI) {
      add(text[i]!, line, line, 0)
      atDirective = true
      i += 1
      continue
    }

    const startLine = line
    let word: string
    let quoted = false
    if (c === DQUOTE || c === SQUOTE) {
      // A quote opens a string only at the start of a word; the string ends the word.
      let j = i + 1
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d === c) break
        if (d === LF) line += 1
        else if (d === BACKSLASH && j + 1 < n) {
          if (text.charCodeAt(j + 1) === LF) line += 1
          j += 2
          continue
        }
        j += 1
      }
      const raw = text.slice(i + 1, j)
      if (j >= n) {
        const q = text[i]!
        problems.push({
          line: startLine,
          message: `the ${q} opened at line ${startLine} is never closed: the rest of the file is read as one string`,
        })
      }
      const escaped = `\\${text[i]!}`
      word = raw.includes(escaped) ? raw.replaceAll(escaped, text[i]!) : raw
      quoted = true
      i = j + 1
    } else {
      let j = i
      while (j < n) {
        const d = text.charCodeAt(j)
        // Most characters of a word are plain: one table look-up lets them through.
        if (d >= 128 || WORD_SPECIAL[d] === 0) {
          j += 1
          continue
        }
        if (d === BACKSLASH && j + 1 < n) {
          if (text.charCodeAt(j + 1) === LF) line += 1
          j += 2
          continue
        }
        if (d === LBRACE && j > i && text.charCodeAt(j - 1) === DOLLAR) {
          // `${name}` is a variable, not a block: swallow it up to its `}`. crossplane also
          // glued the next space on; nginx does not, so a space still ends the word here.
          while (j < n && text.charCodeAt(j) !== RBRACE && !isSpace(text.charCodeAt(j))) j += 1
          if (j < n && text.charCodeAt(j) === RBRACE) j += 1
          continue
        }
        if (isSpace(d) || d === LBRACE || d === RBRACE || d === SEMI) break
        j += 1
      }
      word = text.slice(i, j)
      i = j
    }
    add(word, startLine, line, quoted ? QUOTED : 0)

    if (atDirective && word.endsWith(LUA_BLOCK_SUFFIX)) {
      const lua = scanLuaBlock(text, i, line, word === 'set_by_lua_block')
      if (lua !== null) {
        if (lua.arg !== undefined) add(lua.arg.text, lua.arg.line, lua.arg.line, 0)
        add(lua.body, lua.openLine, lua.closeLine, QUOTED | OPAQUE)
        if (lua.problem !== undefined) problems.push(lua.problem)
        i = lua.end
        line = lua.closeLine
        atDirective = true
        continue
      }
    }
    atDirective = false
  }
  return { columns: { text: words, meta: meta.subarray(0, used) }, problems }
}

/** Splits an nginx configuration text into tokens. Never throws. */
export function lex(text: string): LexResult {
  const { columns, problems } = lexColumns(text)
  const { text: words, meta } = columns
  const tokens = words.map((word, k): Token => {
    const flags = meta[3 * k + 2]!
    const token: Token = { text: word, line: meta[3 * k]!, quoted: (flags & QUOTED) !== 0 }
    if (flags & COMMENT) token.kind = 'comment'
    else if (flags & OPAQUE) token.kind = 'opaque'
    if (meta[3 * k + 1] !== token.line) token.endLine = meta[3 * k + 1]!
    return token
  })
  return { tokens, problems }
}
