import { keepaliveByDefault } from '../defaults.ts'
import { passTarget } from '../pass-target.ts'
import { inForce, valueInForce } from '../walk.ts'
import { addAfter, lineOf, written, edits, mistakeAt } from './edit.ts'
import type { Directive, ParsedConfig } from '../types.ts'
import type { Check, ConfigEdit, ConfigMistake } from './types.ts'

/** The line with its forced `Connection` value, quotes and all, made `$connection_upgrade`. */
function forcedValue(config: ParsedConfig, directive: Directive): ConfigEdit | undefined {
  const before = lineOf(config, directive)
  const forced = /(connection\s+)(["']?)(upgrade|close)\2(?=\s*;)/i
  if (before === undefined || !forced.test(before)) return undefined
  const after = before.replace(forced, '$1$connection_upgrade')
  return { file: directive.file, line: directive.line, before, after }
}

const WEBSOCKET_PATH = /(^|[/_-])(wss?|websockets?|socket\.io|sockjs|cable)([/_.-]|$)/i
// Upgrade when the client asks to; otherwise no Connection header at all, so a keep-alive pool
// is reused (`'' close` would still close every connection).
const UPGRADE_MAP = "map $http_upgrade $connection_upgrade { default upgrade; '' ''; }"

/**
 * An upstream `keepalive` pool used by a location that speaks HTTP/1.0 or passes the client's
 * `Connection` on: before 1.29.7 the pool is never reused, or is torn down mid-request.
 */
export const keepaliveWithoutHttp11: Check = (input) => {
  if (keepaliveByDefault(input.config.version)) return []
  const main = input.config.main
  // One mistake per pool, at its `keepalive` line, with an edit in each location using it.
  const uses = new Map<string, Directive[]>()
  for (const { directive, parents } of input.placed) {
    const target = passTarget(directive)
    if (target?.directive !== 'proxy_pass') continue
    const group = input.upstreams.get(target.host)
    if (group?.block?.some((d) => d.name === 'keepalive') !== true) continue
    const http11 = valueInForce('proxy_http_version', parents, main) === '1.1'
    const cleared = inForce('proxy_set_header', parents, main).some(
      (d) => d.args[0]?.toLowerCase() === 'connection',
    )
    if (!http11 || !cleared) uses.set(target.host, [...(uses.get(target.host) ?? []), directive])
  }
  return [...uses].map(([name, passes]): ConfigMistake => {
    const pool = input.upstreams.get(name)!.block!.find((d) => d.name === 'keepalive')!
    const add = 'proxy_http_version 1.1; proxy_set_header Connection "";'
    return mistakeAt('keepalive-without-http11', pool, 'warning', {
      target: name,
      edits: edits(...passes.map((pass) => addAfter(input.config, pass, add))),
      ...(input.config.version === undefined
        ? {
            assumed:
              'nginx older than 1.29.7, where HTTP/1.0 and no keep-alive are the defaults (paste nginx -V with the config to know)',
          }
        : {}),
    })
  })
}

/** `Connection: upgrade` (or `close`) set as a fixed value, so sent on every request. */
export const connectionHeaderForced: Check = (input) => {
  const main = input.config.main
  const mapped = input.placed.some(
    ({ directive: d }) => d.name === 'map' && d.args[1] === '$connection_upgrade',
  )
  const http = main.find((d) => d.name === 'http')
  return input.placed.flatMap(({ directive, parents }): ConfigMistake[] => {
    if (directive.name !== 'proxy_set_header') return []
    const [header = '', value = ''] = directive.args
    if (header.toLowerCase() !== 'connection' || !/^(upgrade|close)$/i.test(value)) return []
    // A location that only serves WebSockets upgrades every request: that is its job.
    const location = parents.findLast((p) => p.name === 'location')
    if (location !== undefined && WEBSOCKET_PATH.test(location.args.join(' '))) return []
    // `$connection_upgrade` needs its map in `http`: without one to add it to, no edit.
    const replace = forcedValue(input.config, directive)
    const map = mapped || http === undefined ? undefined : addAfter(input.config, http, UPGRADE_MAP)
    const made = mapped || map !== undefined ? edits(replace, map) : []
    return [mistakeAt('connection-header-forced', directive, 'warning', { edits: made })]
  })
}

/** The backend's idle time-out by runtime, in seconds (its default), when the setup names it. */
const BACKEND_IDLE: Partial<Record<string, number>> = { node: 5, python: 2 }
const IDLE_DEFAULT: Partial<Record<string, string>> = {
  node: 'Node’s server.keepAliveTimeout',
  python: 'gunicorn’s --keep-alive',
}

/** nginx keeps idle upstream connections (60 s by default) longer than the backend does. */
export const keepaliveTimeoutOverBackendIdle: Check = (input) => {
  const idle = BACKEND_IDLE[input.setup.backend ?? '']
  if (idle === undefined) return []
  const out: ConfigMistake[] = []
  for (const [, group] of input.upstreams) {
    const pool = group.block?.find((d) => d.name === 'keepalive')
    if (pool === undefined) continue
    const timeout = group.block?.find((d) => d.name === 'keepalive_timeout')
    const seconds = timeout === undefined ? 60 : nginxSeconds(timeout.args[0] ?? '')
    if (seconds === null || seconds < idle) continue
    const at = timeout ?? pool
    out.push({
      check: 'keepalive-timeout-over-backend-idle',
      file: at.file,
      line: at.line,
      directive: written(at),
      severity: 'warning',
      target: group.args[0] ?? '',
      edits: edits(
        timeout === undefined
          ? addAfter(input.config, pool, `keepalive_timeout ${Math.max(1, idle - 1)}s;`)
          : undefined,
      ),
      assumed: `the backend keeps its default idle time-out, ${idle} s (${IDLE_DEFAULT[input.setup.backend ?? ''] ?? 'its server'}); raised in the app, this is no mistake`,
    })
  }
  return out
}

/** nginx's time syntax (`75`, `75s`, `2m`, `1h`) in seconds; null when not a time. */
export function nginxSeconds(text: string): number | null {
  const match = /^(\d{1,9})(ms|s|m|h|d)?$/.exec(text)
  if (match === null) return null
  const unit = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 }[match[2] ?? 's'] ?? 1
  return Number(match[1]) * unit
}
