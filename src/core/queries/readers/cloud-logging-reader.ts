/**
 * A strict reader of Google Cloud Logging's query language, after its documented grammar
 * (https://cloud.google.com/logging/docs/view/logging-query-language): `NOT`, `AND`, `OR`
 * (upper case; juxtaposition is AND), brackets, comparisons `FIELD OP VALUE` with
 * `= != > < >= <= : =~ !~`, values in brackets, and strings in double quotes where a backslash
 * escapes the next character. Unquoted text may not hold a special character
 * (https://cloud.google.com/logging/docs/view/troubleshoot-lql). A test helper: it throws on
 * what the platform rejects, and returns every comparison's field and unescaped value.
 */

/** One comparison (field null for a global restriction) and its value. */
export interface LoggingTerm {
  field: string | null
  operator: string | null
  value: string
  quoted: boolean
}

const OPERATOR = /^(?:>=|<=|!=|=~|!~|=|>|<|:)/
const WORD = /^[A-Za-z0-9_@*+\-/.]+/
const FIELD =
  /^(?:[A-Za-z_@][\w@-]*|"(?:[^"\\]|\\.)*")(?:\.(?:[A-Za-z_@][\w@-]*|"(?:[^"\\]|\\.)*"))*/

/** Reads a whole Logging query; throws on a syntax error. */
export function readLoggingQuery(query: string): LoggingTerm[] {
  const terms: LoggingTerm[] = []
  let at = 0
  const fail = (why: string): never => {
    throw new Error(`Logging query: ${why} at ${at} in ${query}`)
  }
  const spaces = (): void => {
    while (/\s/.test(query[at] ?? '')) at += 1
  }
  const word = (text: string): boolean => {
    spaces()
    const match = new RegExp(`^${text}(?![\\w.])`).exec(query.slice(at))
    if (match === null) return false
    at += match[0].length
    return true
  }
  const string = (): string => {
    at += 1
    let text = ''
    for (;;) {
      const char = query[at]
      if (char === undefined) return fail('unterminated string')
      if (char === '"') break
      if (char === '\\') {
        const next = query[at + 1]
        if (next === undefined) return fail('dangling backslash')
        text += { n: '\n', t: '\t', r: '\r' }[next] ?? next
        at += 2
        continue
      }
      text += char
      at += 1
    }
    at += 1
    return text
  }
  const value = (): { value: string; quoted: boolean } => {
    spaces()
    if (query[at] === '"') return { value: string(), quoted: true }
    const match = WORD.exec(query.slice(at))
    if (match === null) return fail('value expected')
    at += match[0].length
    if (/^[:=<>!~"]/.test(query.slice(at))) fail('special character in unquoted text')
    return { value: match[0], quoted: false }
  }
  const values = (field: string, operator: string): void => {
    spaces()
    if (query[at] !== '(') {
      terms.push({ field, operator, ...value() })
      return
    }
    at += 1
    do {
      word('NOT')
      values(field, operator)
    } while (word('AND') || word('OR'))
    spaces()
    if (query[at] !== ')') fail('")" expected')
    at += 1
  }
  const comparison = (): void => {
    spaces()
    if (query[at] === '(') {
      at += 1
      expression()
      spaces()
      if (query[at] !== ')') fail('")" expected')
      at += 1
      return
    }
    const field = FIELD.exec(query.slice(at))
    if (field !== null && !/^(?:AND|OR|NOT)$/.test(field[0])) {
      const after = query.slice(at + field[0].length).replace(/^\s+/, '')
      const operator = OPERATOR.exec(after)
      if (operator !== null) {
        at = query.length - after.length + operator[0].length
        values(field[0], operator[0])
        return
      }
    }
    terms.push({ field: null, operator: null, ...value() })
  }
  const expression = (): void => {
    for (;;) {
      if (word('NOT') || (spaces(), query[at] === '-' && /\S/.test(query[at + 1] ?? ''))) {
        if (query[at] === '-') at += 1
      }
      comparison()
      spaces()
      if (at >= query.length || query[at] === ')') return
      if (!word('AND')) word('OR')
    }
  }
  spaces()
  if (at < query.length) expression()
  spaces()
  if (at !== query.length) fail('unexpected text')
  return terms
}
