import { fieldOf } from './json-fields.ts'

type Json = Record<string, unknown>

const LEVELS = new Set(['emerg', 'alert', 'crit', 'error', 'warn', 'notice', 'info', 'debug'])
const NGINX_TIME = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/

// Each part of an nginx error line and the names the parsers give it: Filebeat's ECS fields,
// Google's Ops Agent, Vector's parse_nginx_log.
const PARTS = {
  level: ['log.level', 'level', 'severity'],
  pid: ['process.pid', 'pid'],
  tid: ['process.thread.id', 'tid'],
  connection: ['nginx.error.connection_id', 'connection', 'cid'],
  message: ['message'],
  client: ['client'],
  server: ['server'],
  request: ['request'],
  upstream: ['upstream'],
  host: ['host'],
  referrer: ['referer', 'referrer'],
} as const

function part(from: Json, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = fieldOf(from, name)
    if (typeof value === 'string' && value !== '') return value
    if (typeof value === 'number') return String(value)
  }
  return undefined
}

/** An ISO time as nginx writes its own: `2026/12/02 08:03:12` (the zone is dropped, as nginx has none). */
function nginxTime(iso: string | undefined): string {
  const m = iso === undefined ? null : /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d:\d\d)/.exec(iso)
  return m === null ? '' : `${m[1]}/${m[2]}/${m[3]} ${m[4]} `
}

/**
 * The nginx error line a parser split into fields, put back together: Filebeat keeps only the
 * message after `*cid`, Google's Ops Agent and Vector split off the context too. Null unless
 * the fields are nginx's (an nginx level and a pid) and the message lacks nginx's own head.
 */
export function rebuildLine(from: Json, time?: string): string | null {
  const level = part(from, PARTS.level)?.toLowerCase()
  const pid = part(from, PARTS.pid)
  const message = part(from, PARTS.message)
  if (level === undefined || !LEVELS.has(level) || pid === undefined || message === undefined)
    return null
  if (NGINX_TIME.test(message)) return null
  const tid = part(from, PARTS.tid) ?? '0'
  const connection = part(from, PARTS.connection)
  let line = `${nginxTime(time)}[${level}] ${pid}#${tid}: ${connection === undefined ? '' : `*${connection} `}${message}`
  const client = part(from, PARTS.client)
  // Filebeat's message already holds the context; the split parsers took it out.
  if (client !== undefined && !message.includes(', client: ')) {
    line += `, client: ${client}, server: ${part(from, PARTS.server) ?? ''}`
    for (const key of ['request', 'upstream', 'host', 'referrer'] as const) {
      const value = part(from, PARTS[key])
      if (value !== undefined) line += `, ${key}: "${value}"`
    }
  }
  return line
}
