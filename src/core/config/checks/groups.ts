import { passTarget } from '../pass-target.ts'
import { valueInForce } from '../walk.ts'
import { mistakeAt } from './edit.ts'
import type { Check, ConfigMistake } from './types.ts'

/** A variable in `*_pass` resolves names per request: without a `resolver` nothing answers. */
export const variablePassWithoutResolver: Check = (input) =>
  input.placed.flatMap(({ directive, parents }): ConfigMistake[] => {
    const target = passTarget(directive)
    if (target === null || !target.variable || target.socket !== null) return []
    // `proxy_pass http://$group` naming an upstream block needs no DNS.
    if (input.upstreams.has(target.host)) return []
    if (valueInForce('resolver', parents, input.config.main) !== undefined) return []
    return [mistakeAt('variable-pass-without-resolver', directive, 'error')]
  })

/** The servers of a group that take traffic: not `backup`, not `down`. */
const live = (args: readonly string[]): boolean =>
  !args.includes('down') && !args.includes('backup')

/** Every usable server of a group is `down` (or only `backup` ones are left). */
export const serverMarkedDown: Check = (input) =>
  [...input.upstreams.values()].flatMap((group): ConfigMistake[] => {
    const servers = (group.block ?? []).filter((d) => d.name === 'server')
    if (servers.length === 0 || servers.some((s) => live(s.args))) return []
    const down = servers.find((s) => s.args.includes('down')) ?? servers[0]!
    return [mistakeAt('server-marked-down', down, 'error', { target: group.args[0] ?? '' })]
  })

/**
 * One live server beside `down`/`backup` entries keeps nginx's failure counting: one error
 * marks the only server that works as failed for `fail_timeout` (a true single server is exempt).
 */
export const maxFailsSingleServer: Check = (input) =>
  [...input.upstreams.values()].flatMap((group): ConfigMistake[] => {
    const servers = (group.block ?? []).filter((d) => d.name === 'server')
    const usable = servers.filter((s) => live(s.args))
    // `localhost` alone is two servers to nginx (`::1`, `127.0.0.1`): not a single one.
    const twoInOne = servers.length === 1 && /^localhost(:\d+)?$/.test(servers[0]?.args[0] ?? '')
    if ((servers.length < 2 && !twoInOne) || usable.length !== 1) return []
    const only = usable[0]!
    if (only.args.some((a) => a.startsWith('max_fails='))) return []
    return [mistakeAt('max-fails-single-server', only, 'warning', { target: group.args[0] ?? '' })]
  })

/** Retrying requests that change data on another server (POST twice). */
export const nextUpstreamNonIdempotent: Check = (input) =>
  input.placed.flatMap(({ directive }): ConfigMistake[] =>
    /_next_upstream$/.test(directive.name) && directive.args.includes('non_idempotent')
      ? [mistakeAt('next-upstream-non-idempotent', directive, 'risk')]
      : [],
  )

/** `worker_connections` above the descriptors `worker_rlimit_nofile` gives each worker. */
export const workerConnectionsOverNofile: Check = (input) => {
  const main = input.config.main
  const events = main.find((d) => d.name === 'events')
  const connections = events?.block?.find((d) => d.name === 'worker_connections')
  const nofile = main.find((d) => d.name === 'worker_rlimit_nofile')
  if (connections === undefined || nofile === undefined) return []
  const wanted = Number(connections.args[0])
  const limit = Number(nofile.args[0])
  if (!(wanted > 0 && limit > 0) || limit >= wanted) return []
  return [mistakeAt('worker-connections-over-nofile', nofile, 'warning')]
}
