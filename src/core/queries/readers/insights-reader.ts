/**
 * A strict reader of CloudWatch Logs Insights queries, after its documented syntax
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html): commands
 * separated by `|`; `fields`, `display`, `filter`, `stats ... by`, `sort`, `limit`, `parse`;
 * strings in double or single quotes (backslash escapes), `/regex/` after `like`, `=~` or a
 * `parse` field (`\/` inside), backtick field names, functions, arithmetic and comparisons.
 * A test helper: it throws on a syntax error, and returns every string and regex it read.
 */

/** A literal the query matches with: a substring, or a regular expression's source. */
export interface InsightsLiteral {
  kind: 'string' | 'regex'
  value: string
}

interface Token {
  kind: 'word' | 'field' | 'number' | 'string' | 'regex' | 'op' | 'pipe'
  text: string
}

const COMMANDS = new Set(['fields', 'display', 'filter', 'stats', 'sort', 'limit', 'parse'])

function tokenize(query: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  const fail = (why: string): never => {
    throw new Error(`Logs Insights: ${why} at ${at} in ${query}`)
  }
  while (at < query.length) {
    const rest = query.slice(at)
    const space = /^(?:\s+|#[^\n]*)/.exec(rest)
    if (space !== null) {
      at += space[0].length
      continue
    }
    const char = rest[0] ?? ''
    if (char === '|') {
      tokens.push({ kind: 'pipe', text: '|' })
      at += 1
      continue
    }
    const previous = tokens.at(-1)
    const regexHere =
      char === '/' &&
      (previous?.text === 'like' ||
        previous?.text === '=~' ||
        (previous !== undefined && tokens.at(-2)?.text === 'parse'))
    if (char === '"' || char === "'" || regexHere) {
      let value = ''
      let i = 1
      for (;;) {
        const next = rest[i]
        if (next === undefined || (next === '\n' && !regexHere)) fail('unterminated literal')
        if (next === char) break
        if (next === '\\') {
          const escaped = rest[i + 1] ?? fail('dangling backslash')
          value += regexHere ? (escaped === '/' ? '/' : `\\${escaped}`) : escaped
          i += 2
          continue
        }
        value += next
        i += 1
      }
      tokens.push({ kind: regexHere ? 'regex' : 'string', text: value })
      at += i + 1
      continue
    }
    const match =
      /^(?:@?`[^`\n]+`|@[\w.]+)/.exec(rest) ??
      /^[A-Za-z_][\w.]*/.exec(rest) ??
      /^\d+(?:\.\d+)?[a-z]*/.exec(rest) ??
      /^(?:!=|<=|>=|=~|[=<>+\-*/^%(),[\]])/.exec(rest)
    if (match === null) return fail(`unexpected ${JSON.stringify(char)}`)
    const text = match[0]
    const kind = /^[@`]/.test(text)
      ? 'field'
      : /^\d/.test(text)
        ? 'number'
        : /^\w/.test(text)
          ? 'word'
          : 'op'
    tokens.push({ kind, text })
    at += text.length
  }
  return tokens
}

/** Reads a whole query; throws on a syntax error. */
export function readInsights(query: string): InsightsLiteral[] {
  const tokens = tokenize(query)
  const literals: InsightsLiteral[] = []
  let at = 0
  const fail = (why: string): never => {
    throw new Error(`Logs Insights: ${why} at token ${at} in ${query}`)
  }
  const peek = (): Token | undefined => tokens[at]
  const take = (text: string): boolean => {
    const token = peek()
    if (token?.text !== text || token.kind === 'string' || token.kind === 'regex') return false
    at += 1
    return true
  }
  const primary = (): void => {
    const token = peek() ?? fail('operand expected')
    at += 1
    if (token.kind === 'string' || token.kind === 'regex') {
      literals.push({ kind: token.kind, value: token.text })
      return
    }
    if (token.text === '(') {
      orExpr()
      if (!take(')')) fail('")" expected')
      return
    }
    if (token.text === '[') {
      if (!take(']')) list(']')
      return
    }
    if (token.text === '-') return primary()
    if (token.kind === 'word' && peek()?.text === '(') {
      at += 1
      if (!take(')')) list(')')
      return
    }
    if (token.kind === 'op' && token.text !== '*') fail(`operand expected, not ${token.text}`)
    if (token.kind === 'word' && /^(?:and|or|not|like|in|by|as)$/.test(token.text)) {
      fail(`operand expected, not ${token.text}`)
    }
  }
  const list = (close: string): void => {
    do orExpr()
    while (take(','))
    if (!take(close)) fail(`"${close}" expected`)
  }
  const arith = (): void => {
    primary()
    while (/^[+\-*/^%]$/.test(peek()?.text ?? '') && peek()?.kind === 'op') {
      at += 1
      primary()
    }
  }
  const comparison = (): void => {
    arith()
    if (peek()?.text === 'not' && /^(?:like|in)$/.test(tokens[at + 1]?.text ?? '')) at += 1
    const operator = peek()
    const known = /^(?:=|!=|<|<=|>|>=|=~|like|in)$/.test(operator?.text ?? '')
    if (known && (operator?.kind === 'op' || operator?.kind === 'word')) {
      at += 1
      arith()
    }
  }
  const notExpr = (): void => {
    while (take('not'));
    comparison()
  }
  const andExpr = (): void => {
    do notExpr()
    while (take('and'))
  }
  const orExpr = (): void => {
    do andExpr()
    while (take('or'))
  }
  const aliased = (): void => {
    orExpr()
    if (take('as')) {
      const name = peek() ?? fail('alias expected')
      if (name.kind !== 'word' && name.kind !== 'field') fail('alias expected')
      at += 1
    }
  }
  const command = (): void => {
    const name = peek()
    if (name?.kind !== 'word' || !COMMANDS.has(name.text)) fail('command expected')
    at += 1
    switch (name?.text) {
      case 'filter':
        return orExpr()
      case 'limit':
        if (peek()?.kind !== 'number') fail('number expected')
        at += 1
        return
      case 'sort':
        do {
          orExpr()
          if (!take('asc')) take('desc')
        } while (take(','))
        return
      case 'parse':
        primary()
        primary()
        if (take('as'))
          do primary()
          while (take(','))
        return
      case 'stats':
        do aliased()
        while (take(','))
        if (take('by'))
          do aliased()
          while (take(','))
        return
      default:
        do aliased()
        while (take(','))
    }
  }
  if (tokens.length === 0) fail('empty query')
  for (;;) {
    command()
    if (at === tokens.length) break
    if (peek()?.kind !== 'pipe') fail('"|" expected')
    at += 1
  }
  return literals
}
