/**
 * Which words, met at the start of a line in the middle of a directive's arguments, mean that
 * the line before forgot its `;`. nginx itself cannot tell (it reads them as arguments and
 * then complains about their number, or not at all), so this list is deliberately narrow:
 * common directive names only, never words that are also argument values.
 */

/** Directive names without an underscore that people put at the start of a line. */
const PLAIN_NAMES: ReadonlySet<string> = new Set([
  'alias',
  'allow',
  'charset',
  'deny',
  'expires',
  'gzip',
  'if',
  'include',
  'index',
  'internal',
  'listen',
  'location',
  'resolver',
  'return',
  'rewrite',
  'root',
  'server',
  'set',
  'upstream',
])

/** Module prefixes of directive names (`proxy_set_header`, `fastcgi_param`, `ssl_protocols` …). */
const PREFIXED =
  /^(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached|ssl|client|add|access|error|keepalive|limit|auth|gzip|try|server|send|sendfile|resolver|large|open|log|real|set|lua|js|worker|default|sub|more|satisfy|charset|expires|types|variables|map|underscores|ignore|merge|reset|tcp|absolute|port|chunked|etag|if|recursive|output|postpone|aio|directio|subrequest|http2|http3|quic|secure|split|geoip|image|mp4|perl|xslt)_[a-z0-9_]+$/

/** Words with a module prefix that are argument values, not directives. */
const ARGUMENT_WORDS: ReadonlySet<string> = new Set(['default_server', 'proxy_protocol'])

/** True when `word`, starting a line inside a directive, is surely a directive of its own. */
export function looksLikeDirectiveName(word: string): boolean {
  if (PLAIN_NAMES.has(word)) return true
  return PREFIXED.test(word) && !ARGUMENT_WORDS.has(word)
}
