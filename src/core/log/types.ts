import type { CauseId } from '../causes.ts'

/** Severity levels nginx writes, exactly as spelled in the log. */
export type NginxLevel = 'emerg' | 'alert' | 'crit' | 'error' | 'warn' | 'notice' | 'info' | 'debug'

/** Which kind of log a line came from. */
export type LineSource =
  | 'nginx-error'
  | 'nginx-access'
  | 'nginx-stream'
  | 'php-fpm'
  | 'kernel'
  | 'audit'
  | 'systemd'
  | 'app'
  | 'unknown'

/** Where nginx was sending the request: `http://127.0.0.1:3000/x`, a unix socket or a group. */
export interface UpstreamAddress {
  /** `http`, `https`, `fastcgi`, `uwsgi`, `scgi`, `grpc`, `grpcs`, `memcached`, `passenger` or ''. */
  scheme: string
  /** Host or IP (IPv6 without brackets); for a unix socket, `unix`; for a group, its name. */
  host: string
  /** Port when one is written, else null. */
  port: number | null
  /** Unix socket path when the upstream is a socket, else null. */
  socket: string | null
  /** The URI nginx sent upstream ('' when none). */
  uri: string
  /** The address as a person reads it: `127.0.0.1:3000`, `unix:/run/php/php8.2-fpm.sock`. */
  address: string
}

/** The request line nginx logged. */
export interface RequestLine {
  method: string
  path: string
  protocol: string
}

/** Everything 502 Doctor read from one line (or one entry spanning wrapped lines). */
export interface LineFacts {
  source: LineSource
  /** Time as written (nginx: `YYYY/MM/DD HH:MM:SS`, local, no zone); ISO when a wrapper gave one. */
  time?: string
  level?: NginxLevel
  pid?: number
  tid?: number
  connection?: number
  /** The message without errno, `while ...` phase and context. */
  message?: string
  errno?: number
  errnoText?: string
  /** The `while ...` action, e.g. `connecting to upstream`. */
  phase?: string
  client?: string
  server?: string
  request?: RequestLine
  subrequest?: string
  upstream?: UpstreamAddress
  host?: string
  referrer?: string
  resolver?: string
  /**
   * The name a DNS failure is about: `no resolver defined to resolve <name>`, `<name> could not
   * be resolved (...)`, `host not found in upstream "<name>[:port]"`. nginx writes no
   * `upstream:` for these (it never got an address), so this is the upstream they name.
   */
  resolve?: string
  /** Status the client got (502, 504, 500, 9 for HTTP/0.9 passthrough ...) when it can be derived. */
  status?: number
  /** `$upstream_status` values from an access log, one per attempt. */
  upstreamStatuses?: string[]
  /** A second reading of an ambiguous line, kept so the user can see it. */
  alternative?: CauseId
  /** Why the line is not evidence, for look-alikes (e.g. `client-closed`). */
  lookalike?: string
  /** Free-form extra facts (PHP version, killed process, service name ...). */
  extra?: Record<string, string>
}

/** The classification of one input line. */
export interface LineResult {
  /** 1-based line number. */
  line: number
  cause: CauseId | null
  facts: LineFacts
  /** Set on a terminal-wrapped continuation: the line number of the entry it belongs to. */
  continues?: number
}

/** The reading of one entry (one line, or wrapped lines joined back together). */
export interface Classified {
  cause: CauseId | null
  facts: LineFacts
  /** The entry's text without its wrapper: what a person would quote as evidence. */
  text: string
}
