/**
 * Quoting and escaping for each query language. Every function returns the whole literal,
 * quotes included, so that a caller cannot forget them.
 */

/** The parts of a phrase, as a list. */
export function partsOf(phrase: string | readonly string[]): readonly string[] {
  return typeof phrase === 'string' ? [phrase] : phrase
}

/** RE2 (and JavaScript) metacharacters, as Go's `regexp.QuoteMeta` escapes them. */
const REGEX_META = /[\\.+*?()|[\]{}^$]/g

/** A literal text as an RE2 pattern that matches exactly that text. */
export function regexLiteral(text: string): string {
  return text.replace(REGEX_META, '\\$&')
}

/** An RE2 pattern that matches a line holding any of the phrases (parts in order). */
export function phrasesRegex(phrases: readonly (string | readonly string[])[]): string {
  return phrases.map((phrase) => partsOf(phrase).map(regexLiteral).join('.*')).join('|')
}

/** Whether a UTF-16 code is a C0 control or DEL, which a Go string must escape. */
function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f
}

/**
 * A LogQL string: a Go raw string in backticks when the text needs escapes (clearer for
 * regular expressions), else a Go double-quoted string with `\\`, `\"` and control escapes.
 */
export function logqlString(text: string): string {
  const codes = Array.from(text, (char) => char.charCodeAt(0))
  if (!codes.some(isControl) && !/[\\"]/.test(text)) return `"${text}"`
  // A raw string holds anything but a backtick; Go drops its carriage returns.
  const rawSafe = !text.includes('`') && !codes.some((c) => isControl(c) && c !== 9 && c !== 10)
  return rawSafe ? `\`${text}\`` : `"${goEscape(text)}"`
}

const GO_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
}

/** The body of a Go double-quoted string literal for `text`. */
function goEscape(text: string): string {
  return Array.from(text, (char) => {
    const escape = GO_ESCAPES[char]
    if (escape !== undefined) return escape
    const code = char.charCodeAt(0)
    return isControl(code) ? `\\x${code.toString(16).padStart(2, '0')}` : char
  }).join('')
}

/**
 * A double-quoted string in which a backslash escapes `\` and `"`: the rule of KQL's quoted
 * values (Kibana's kuery grammar), Lucene phrases (Elasticsearch `query_string`, where a
 * backslash escapes any character) and Cloud Logging's strings. Other characters, tabs
 * included, stand as they are: `\t` would be a tab in KQL but a plain `t` in Lucene.
 */
export function backslashQuoted(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`
}

/**
 * A CloudWatch Logs Insights match for `like`: a quoted substring when the text needs no
 * escape (the documented form), else a `/regex/` with the text's metacharacters and `/`
 * escaped, as the documentation's own patterns do (`[A-Z_]+\/[0-9]{3}`).
 */
export function insightsMatch(text: string): string {
  if (!/["\\\n\r]/.test(text)) return `"${text}"`
  return `/${regexLiteral(text).replaceAll('/', '\\/').replaceAll('\n', '\\n').replaceAll('\r', '\\r')}/`
}
