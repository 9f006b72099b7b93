import { createReader } from '../log/reader.ts'
import type { LineFacts } from '../log/types.ts'

/** What redaction hides; each kind can be turned off by the person sharing. */
export interface RedactOptions {
  /** Client IP addresses become `client-1`, `client-2` ... (default: on). */
  clients: boolean
  /** Upstream hosts become `upstream-A` ...; loopback, sockets and ports stay (default: on). */
  upstreams: boolean
  /** Server names, Host and Referer hosts become `site-1` ... (default: on). */
  sites: boolean
  /** Query strings, cookies, tokens and credentials are dropped (default: on). */
  secrets: boolean
}

/** Everything redacted, the default before sharing. */
export const REDACT_ALL: RedactOptions = {
  clients: true,
  upstreams: true,
  sites: true,
  secrets: true,
}

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g
const LOOPBACK = /^(?:127\.|::1$|localhost$|0\.0\.0\.[01]$)/
const SECRET_PARAM =
  /([?&;](?:[\w-]{0,40}(?:token|key|secret|password|passwd|pwd|auth|session|sig|signature|code)[\w-]{0,40})=)[^&\s"]{1,2000}/gi
const QUERY = /(\/[^\s"?]{0,2000})\?[^\s"]{1,4000}/g
const BEARER = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,4000}/g
const COOKIE = /\b(Cookie|Set-Cookie|Authorization|X-Api-Key|X-Auth-Token):\s?[^",]{1,4000}/gi
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g

/**
 * Redacts a set of log lines for sharing, with consistent pseudonyms so the diagnosis stays
 * readable: the same client is `client-1` on every line, the same upstream host
 * `upstream-A`. Loopback addresses, unix socket paths and ports stay: they are part of the
 * diagnosis (a refused `[::1]:3000` says IPv6; `php8.2-fpm.sock` says which PHP).
 */
export function redactLines(
  lines: readonly string[],
  options: RedactOptions = REDACT_ALL,
): string[] {
  return lines.map(createRedactor(lines, options))
}

/**
 * A redactor that learns its pseudonyms from `lines` and applies them to any text, so a card
 * built from the log (filled commands, snippets) uses the same names as the shared lines.
 */
export function createRedactor(
  lines: readonly string[],
  options: RedactOptions = REDACT_ALL,
  more: MoreNames = {},
): (text: string) => string {
  const read = createReader({ depth: 'all' })
  const names = new Names(
    lines.map((line) => read(line).facts),
    options,
  )
  names.add(more)
  return (text) => names.redact(text)
}

/** Names known from elsewhere than log lines (a config's `server_name`s and backends). */
export interface MoreNames {
  sites?: readonly string[]
  upstreams?: readonly string[]
}

/** The pseudonyms of one share: consistent across every line. */
class Names {
  private readonly clients = new Map<string, string>()
  private readonly upstreams = new Map<string, string>()
  private readonly sites = new Map<string, string>()
  private readonly upstreamHosts = new Set<string>()
  private readonly options: RedactOptions

  constructor(all: readonly LineFacts[], options: RedactOptions) {
    this.options = options
    for (const facts of all) {
      const upstream = facts.upstream
      // An upstream nginx reached, or the name a DNS failure is about: both name the backend.
      const host =
        upstream === undefined
          ? facts.resolve
          : upstream.socket === null
            ? upstream.host
            : undefined
      if (host !== undefined) {
        this.upstreamHosts.add(host)
        if (options.upstreams) name(this.upstreams, host, (n) => `upstream-${letters(n)}`)
      }
      if (options.clients) name(this.clients, facts.client, (n) => `client-${n + 1}`)
      if (options.sites) {
        for (const site of [facts.server, facts.host, urlHost(facts.referrer)]) {
          name(this.sites, hostOnly(site), (n) => `site-${n + 1}`)
        }
      }
    }
  }

  /** Names the log did not show, numbered after the log's so its pseudonyms stay as they were. */
  add({ sites = [], upstreams = [] }: MoreNames): void {
    for (const host of upstreams) {
      this.upstreamHosts.add(host)
      if (this.options.upstreams) name(this.upstreams, host, (n) => `upstream-${letters(n)}`)
    }
    if (this.options.sites) {
      for (const site of sites) name(this.sites, hostOnly(site), (n) => `site-${n + 1}`)
    }
  }

  redact(line: string): string {
    let out = line
    const known = [...this.upstreams, ...this.clients, ...this.sites]
    // Longest first, so `10.0.0.12` is not read as `10.0.0.1` followed by a 2.
    known.sort((a, b) => b[0].length - a[0].length)
    for (const [from, to] of known) out = replaceWord(out, from, to)
    if (this.options.clients) {
      // Addresses the parser did not place (other logs, forwarded-for lists) are clients too.
      out = out.replace(IPV4, (ip) =>
        LOOPBACK.test(ip) || this.upstreamHosts.has(ip)
          ? ip
          : (name(this.clients, ip, (n) => `client-${n + 1}`) ?? ip),
      )
    }
    if (!this.options.secrets) return out
    return out
      .replace(COOKIE, (_, header: string) => `${header}: [redacted]`)
      .replace(BEARER, (_, kind: string) => `${kind} [redacted]`)
      .replace(SECRET_PARAM, '$1[redacted]')
      .replace(QUERY, '$1?[query removed]')
      .replace(EMAIL, '[email]')
  }
}

/** The pseudonym of `value`, giving it the next one when it has none yet. */
function name(map: Map<string, string>, value: string | undefined, make: (n: number) => string) {
  if (value === undefined || value === '' || value === '_' || LOOPBACK.test(value)) return undefined
  let pseudonym = map.get(value)
  if (pseudonym === undefined) {
    pseudonym = make(map.size)
    map.set(value, pseudonym)
  }
  return pseudonym
}

/** Replaces `from` where it is not part of a longer name or number. */
function replaceWord(text: string, from: string, to: string): string {
  let out = ''
  let at = 0
  for (let hit = text.indexOf(from); hit !== -1; hit = text.indexOf(from, hit + from.length)) {
    const before = text[hit - 1] ?? ' '
    const after = text[hit + from.length] ?? ' '
    if (
      /[\w.-]/.test(before) ||
      /[\w-]/.test(after) ||
      (after === '.' && /\d/.test(text[hit + from.length + 1] ?? ''))
    )
      continue
    out += text.slice(at, hit) + to
    at = hit + from.length
  }
  return out + text.slice(at)
}

function hostOnly(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const host = value.replace(/:\d{1,5}$/, '')
  return /^[\w.-]+$/.test(host) && !/^\d/.test(host) ? host : undefined
}

function urlHost(url: string | undefined): string | undefined {
  return url === undefined ? undefined : /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]
}

function letters(n: number): string {
  return n < 26
    ? String.fromCharCode(65 + n)
    : `${letters(Math.floor(n / 26) - 1)}${letters(n % 26)}`
}
