import { passTarget } from '../pass-target.ts'
import { valueInForce } from '../walk.ts'
import { addAfter, edits, lineOf, mistakeAt, replaceOnLine } from './edit.ts'

/** The soft open-file limit a service gets from systemd unless its unit raises it. */
const SOFT_NOFILE = 1024
import type { Directive } from '../types.ts'
import type { Check, CheckInput, ConfigMistake } from './types.ts'

/**
 * The resolver to add: Docker's embedded DNS in a container, the cluster's DNS service in
 * Kubernetes; on a machine, systemd-resolved's stub, said to be checked against resolv.conf.
 */
function resolverFor(setup: CheckInput['setup']): string {
  if (setup.runtime === 'kubernetes')
    return 'resolver kube-dns.kube-system.svc.cluster.local valid=10s;'
  if (setup.runtime === 'docker' || setup.location === 'container')
    return 'resolver 127.0.0.11 valid=10s;'
  return 'resolver 127.0.0.53 valid=10s;  # the nameserver line of /etc/resolv.conf'
}

/** A variable in `*_pass` resolves names per request: without a `resolver` nothing answers. */
export const variablePassWithoutResolver: Check = (input) =>
  input.placed.flatMap(({ directive, parents }): ConfigMistake[] => {
    const target = passTarget(directive)
    if (target === null || !target.variable || target.socket !== null) return []
    // `proxy_pass http://$group` naming an upstream block needs no DNS.
    if (input.upstreams.has(target.host)) return []
    if (valueInForce('resolver', parents, input.config.main) !== undefined) return []
    const add = addAfter(input.config, directive, resolverFor(input.setup))
    return [mistakeAt('variable-pass-without-resolver', directive, 'error', { edits: edits(add) })]
  })

/** The directive's line without one of its words (`down`, `non_idempotent`). */
function dropArg(input: CheckInput, directive: Directive, word: string) {
  const line = lineOf(input.config, directive)
  const spaced = line === undefined ? undefined : new RegExp(`\\s+${word}(?=[\\s;])`).exec(line)
  return spaced == null ? undefined : replaceOnLine(input.config, directive, spaced[0], '')
}

/** The servers of a group that take traffic: not `backup`, not `down`. */
const live = (args: readonly string[]): boolean =>
  !args.includes('down') && !args.includes('backup')

/** Every usable server of a group is `down` (or only `backup` ones are left). */
export const serverMarkedDown: Check = (input) =>
  [...input.upstreams.values()].flatMap((group): ConfigMistake[] => {
    const servers = (group.block ?? []).filter((d) => d.name === 'server')
    if (servers.length === 0 || servers.some((s) => live(s.args))) return []
    const down = servers.find((s) => s.args.includes('down'))
    const at = down ?? servers[0]!
    // Taking `down` off the server that has it; a group of `backup`s alone has no edit.
    const edit = down === undefined ? undefined : dropArg(input, down, 'down')
    return [
      mistakeAt('server-marked-down', at, 'error', {
        target: group.args[0] ?? '',
        edits: edits(edit),
      }),
    ]
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
    // max_fails=0: nginx never marks the only server that works as failed.
    const last = only.args.at(-1) ?? ''
    const edit = replaceOnLine(input.config, only, `${last};`, `${last} max_fails=0;`)
    return [
      mistakeAt('max-fails-single-server', only, 'warning', {
        target: group.args[0] ?? '',
        edits: edits(edit),
      }),
    ]
  })

/** Retrying requests that change data on another server (POST twice). */
export const nextUpstreamNonIdempotent: Check = (input) =>
  input.placed.flatMap(({ directive }): ConfigMistake[] =>
    /_next_upstream$/.test(directive.name) && directive.args.includes('non_idempotent')
      ? [
          mistakeAt('next-upstream-non-idempotent', directive, 'risk', {
            edits: edits(dropArg(input, directive, 'non_idempotent')),
          }),
        ]
      : [],
  )

/** `worker_connections` above the descriptors `worker_rlimit_nofile` gives each worker. */
export const workerConnectionsOverNofile: Check = (input) => {
  const main = input.config.main
  const events = main.find((d) => d.name === 'events')
  const connections = events?.block?.find((d) => d.name === 'worker_connections')
  const wanted = Number(connections?.args[0])
  if (connections === undefined || !(wanted > 0)) return []
  // A proxied request holds two descriptors: the client's and the backend's.
  const proxies = input.placed.some((p) => passTarget(p.directive) !== null)
  const needed = proxies ? 2 * wanted : wanted
  const nofile = main.find((d) => d.name === 'worker_rlimit_nofile')
  if (nofile !== undefined) {
    const limit = Number(nofile.args[0])
    if (!(limit > 0) || limit >= needed) return []
    return [
      mistakeAt('worker-connections-over-nofile', nofile, 'warning', {
        edits: edits(replaceOnLine(input.config, nofile, nofile.args[0]!, String(needed))),
      }),
    ]
  }
  // Unset, the worker keeps the limit it was started with: 1024 under systemd's default, far
  // more in Docker. Only the log can say it ran out.
  const ranOut = input.findings.some((f) => f.cause === 'resource-exhaustion')
  if (!ranOut || needed <= SOFT_NOFILE) return []
  const anchor = main.find((d) => d.name === 'worker_processes') ?? events
  return [
    mistakeAt('worker-connections-over-nofile', connections, 'warning', {
      edits: edits(
        anchor === undefined
          ? undefined
          : addAfter(input.config, anchor, `worker_rlimit_nofile ${needed};`),
      ),
    }),
  ]
}
