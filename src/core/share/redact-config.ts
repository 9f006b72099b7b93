import type { RedactOptions } from './redact.ts'

// Headers whose value is a credential, wherever a config sets them.
const SECRET_HEADER =
  /(\b(?:proxy|fastcgi|grpc|uwsgi)_set_header\s+(?:Authorization|Proxy-Authorization|Cookie|X-Api-Key|X-Auth-Token)\s+)("[^"]*"|'[^']*'|[^\s;]+)/gi
const PARAM = /(\b(?:fastcgi|uwsgi|scgi)_param\s+)(\w{1,80})(\s+)("[^"]*"|'[^']*'|[^\s;]+)/gi
const SECRET_NAME = /pass|secret|token|key/i
const USERINFO = /(\b[a-z][a-z0-9+.-]{0,15}:\/\/)[^/@\s;]{1,200}@/gi
const HOME = /(\/(?:home|Users)\/)[^/\s;]+/g

/**
 * Redacts one line of a configuration for sharing, after the log's redactor (the same
 * pseudonyms): credentials in `proxy_set_header Authorization …` and `*_param …PASS…`,
 * user:password in a URL, and the user's name in paths under home directories. Paths of keys,
 * certificates and `auth_basic_user_file` stay: they are part of the diagnosis, their
 * contents are never in a config.
 */
export function redactConfigLine(
  text: string,
  redact: (text: string) => string,
  options: RedactOptions,
): string {
  const out = redact(text)
  if (!options.secrets) return out
  return out
    .replace(SECRET_HEADER, '$1[redacted]')
    .replace(PARAM, (all, head: string, name: string, gap: string) =>
      SECRET_NAME.test(name) ? `${head}${name}${gap}[redacted]` : all,
    )
    .replace(USERINFO, '$1[redacted]@')
    .replace(HOME, '$1[user]')
}
