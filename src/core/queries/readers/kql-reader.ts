/**
 * A strict reader of the Kibana Query Language, after Kibana's own grammar
 * (elastic/kibana `packages/kbn-es-query/src/kuery/grammar/grammar.peggy`): or/and/not,
 * brackets, `field:value`, `field:(a or b)`, ranges, quoted strings (`\\`, `\"`, `\t`, `\r`,
 * `\n`, `\uXXXX` escapes) and unquoted literals. A test helper: it throws where Kibana would
 * report a syntax error, and returns every `field:value` it read, values unescaped.
 */

/** One value the query tests, with the field it tests (null for a free-text value). */
export interface KqlTerm {
  field: string | null
  value: string
  quoted: boolean
}

const SPECIAL = /[\\():<>"*{}]/
const SPACE = /[ \t\r\n\u00a0]/

/** Reads a whole KQL query; throws on a syntax error. */
export function readKql(query: string): KqlTerm[] {
  const terms: KqlTerm[] = []
  let at = 0
  const spaces = (): number => {
    const start = at
    while (SPACE.test(query[at] ?? '')) at += 1
    return at - start
  }
  const fail = (why: string): never => {
    throw new Error(`KQL: ${why} at ${at} in ${query}`)
  }
  /** `Space+ word Space+` (or, and) or `word Space+` (not) at `from`, case-insensitive. */
  const keywordAt = (from: number, word: string, leading: boolean): number | null => {
    let i = from
    if (leading) {
      if (!SPACE.test(query[i] ?? '')) return null
      while (SPACE.test(query[i] ?? '')) i += 1
    }
    if (query.slice(i, i + word.length).toLowerCase() !== word) return null
    i += word.length
    if (!SPACE.test(query[i] ?? '')) return null
    while (SPACE.test(query[i] ?? '')) i += 1
    return i
  }
  const keyword = (word: string, leading: boolean): boolean => {
    const end = keywordAt(at, word, leading)
    if (end === null) return false
    at = end
    return true
  }
  const quoted = (): string => {
    at += 1
    let text = ''
    for (;;) {
      const char = query[at]
      if (char === undefined) return fail('unterminated string')
      if (char === '"') break
      if (char === '\\') {
        const next = query[at + 1] ?? ''
        const white = { t: '\t', r: '\r', n: '\n' }[next]
        if (white !== undefined || next === '\\' || next === '"') {
          text += white ?? next
          at += 2
          continue
        }
        if (next === 'u' && /^[0-9a-f]{4}$/i.test(query.slice(at + 2, at + 6))) {
          text += String.fromCharCode(parseInt(query.slice(at + 2, at + 6), 16))
          at += 6
          continue
        }
      }
      text += char
      at += 1
    }
    at += 1
    return text
  }
  const unquoted = (): string => {
    let text = ''
    for (;;) {
      const char = query[at]
      if (char === undefined) break
      if (char === '\\') {
        const next = query[at + 1] ?? ''
        if (/[trn]/.test(next) || SPECIAL.test(next)) {
          text += next
          at += 2
          continue
        }
        if (/^(?:or|and|not)/i.test(query.slice(at + 1, at + 4))) {
          const word = /^(?:and|not)/i.test(query.slice(at + 1, at + 4)) ? 3 : 2
          text += query.slice(at + 1, at + 1 + word)
          at += 1 + word
          continue
        }
      }
      if (char === '*') {
        text += char
        at += 1
        continue
      }
      if (SPECIAL.test(char)) break
      if (['or', 'and'].some((w) => keywordAt(at, w, true) !== null)) break
      if (keywordAt(at, 'not', false) !== null) break
      text += char
      at += 1
    }
    if (text === '') fail('value expected')
    return text.trim()
  }
  const literal = (): { value: string; quoted: boolean } =>
    query[at] === '"' ? { value: quoted(), quoted: true } : { value: unquoted(), quoted: false }
  const values = (field: string | null): void => {
    if (query[at] === '(') {
      at += 1
      spaces()
      valueList(field)
      spaces()
      if (query[at] !== ')') fail('")" expected')
      at += 1
      return
    }
    terms.push({ field, ...literal() })
  }
  const valueList = (field: string | null): void => {
    do {
      while (keyword('not', false));
      values(field)
    } while (keyword('or', true) || keyword('and', true))
  }
  const expression = (): void => {
    if (query[at] === '(') {
      at += 1
      spaces()
      orQuery()
      spaces()
      if (query[at] !== ')') fail('")" expected')
      at += 1
      return
    }
    const start = at
    const first = literal()
    const afterField = at
    spaces()
    if (query[at] === ':') {
      at += 1
      spaces()
      if (query[at] === '{') fail('nested queries are not read here')
      values(first.value)
      return
    }
    const range = /^(?:<=|>=|<|>)/.exec(query.slice(at))
    if (range !== null) {
      at += range[0].length
      spaces()
      terms.push({ field: first.value, ...literal() })
      return
    }
    at = afterField
    terms.push({ field: null, ...first })
    if (at === start) fail('query expected')
  }
  const orQuery = (): void => {
    do {
      do {
        while (keyword('not', false));
        expression()
      } while (keyword('and', true))
    } while (keyword('or', true))
  }
  spaces()
  if (at < query.length) orQuery()
  spaces()
  if (at !== query.length) fail('unexpected text')
  return terms
}
