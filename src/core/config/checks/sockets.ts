import { passTarget } from '../pass-target.ts'
import type { PhpPool, PoolSetting } from '../pool.ts'
import type { Directive } from '../types.ts'
import { addAfter, edits, replaceOnLine } from './edit.ts'
import type { Check, CheckInput, ConfigMistake } from './types.ts'

/** The user and group nginx's workers run as, and what was assumed when the paste says not. */
interface Worker {
  user: string
  group: string
  assumed: string | null
}

/**
 * The `user` directive, its group defaulting to the user's name (nginx's rule); without one,
 * nginx's built-in `nobody` when the paste is the main file, or the distribution's packaged
 * `user` line when it is only part of the config (Debian's www-data, RHEL's nginx).
 */
function workerOf(input: CheckInput): Worker {
  const main = input.config.main
  const user = main.find((d) => d.name === 'user')
  if (user?.args[0] !== undefined) {
    return { user: user.args[0], group: user.args[1] ?? user.args[0], assumed: null }
  }
  if (main.some((d) => d.name === 'events' || d.name === 'http')) {
    return { user: 'nobody', group: 'nobody', assumed: 'no user line: nginx’s built-in nobody' }
  }
  if (input.setup.distro === 'rhel') {
    return { user: 'nginx', group: 'nginx', assumed: 'RHEL’s packaged user nginx' }
  }
  return { user: 'www-data', group: 'www-data', assumed: 'Debian’s packaged user www-data' }
}

/** Whether the socket's owner, group and mode let the worker read and write it. */
function lets(worker: Worker, owner: string, group: string, mode: number): boolean {
  if (worker.user === 'root') return true
  if ((mode & 0o006) === 0o006) return true
  if (owner === worker.user && (mode & 0o600) === 0o600) return true
  return group === worker.group && (mode & 0o060) === 0o060
}

/** The sockets nginx is sent to: its `fastcgi_pass unix:` targets and the log's denials. */
function socketsUsed(input: CheckInput): Set<string> {
  const used = new Set<string>()
  for (const { directive } of input.placed) {
    const socket = passTarget(directive)?.socket
    if (socket != null) used.add(socket)
  }
  for (const f of input.findings) {
    if (f.cause !== 'permission-denied') continue
    for (const u of f.upstreams) if (u.address.startsWith('unix:')) used.add(u.address.slice(5))
  }
  return used
}

/**
 * Whether a pool's `listen` is that socket; a hosting panel's template (`php5-%backend%.sock`)
 * stands for any name there.
 */
function sameSocket(listen: string, socket: string): boolean {
  if (!listen.includes('%')) return listen === socket
  const parts = listen.split(/%[\w-]{1,40}%/)
  let at = 0
  return parts.every((part, i) => {
    const found = i === 0 ? (socket.startsWith(part) ? 0 : -1) : socket.indexOf(part, at)
    if (found < 0 || (i === parts.length - 1 && !socket.endsWith(part))) return false
    at = found + part.length
    return true
  })
}

/** A pool line as the edit helpers take a directive. */
const at = (s: PoolSetting): Directive => ({
  name: 'listen',
  args: [s.value],
  file: s.file,
  line: s.line,
})

function mistakeOf(input: CheckInput, pool: PhpPool, worker: Worker): ConfigMistake {
  const get = (key: string) => pool.settings.get(key)
  const group = get('listen.group')
  const header = { value: '', written: `[${pool.name}]`, file: pool.file, line: pool.line }
  const anchor =
    group ?? get('listen.owner') ?? pool.commented.get('listen.owner') ?? get('listen') ?? header
  const mode = get('listen.mode')
  // The group is the usual fix (the socket stays the pool's, nginx's group may use it).
  const made =
    group === undefined
      ? [
          addAfter(
            input.config,
            at(anchor),
            `listen.owner = ${worker.user}\nlisten.group = ${worker.group}\nlisten.mode = 0660`,
          ),
        ]
      : [
          replaceOnLine(input.config, at(group), group.value, worker.group),
          mode === undefined || (Number.parseInt(mode.value, 8) & 0o060) === 0o060
            ? undefined
            : replaceOnLine(input.config, at(mode), mode.value, '0660'),
        ]
  const listen = get('listen')?.value ?? ''
  return {
    check: 'socket-owner-mismatch',
    file: anchor.file,
    line: anchor.line,
    directive: anchor.written,
    severity: 'error',
    target: `unix:${listen}`,
    edits: edits(...made),
    ...(worker.assumed === null ? {} : { assumed: worker.assumed }),
  }
}

/**
 * A PHP-FPM pool whose socket nginx's worker may not open: its `listen.owner`/`listen.group`
 * (root when unset: the master's user) and `listen.mode` (0660 since PHP 5.5.12) leave the
 * worker's user and group out. Only pools on a socket nginx is sent to, when it says which.
 */
export const socketOwnerMismatch: Check = (input) => {
  const pools = input.config.pools.filter((p) => p.settings.get('listen')?.value.startsWith('/'))
  if (pools.length === 0) return []
  const used = socketsUsed(input)
  const worker = workerOf(input)
  return pools.flatMap((pool): ConfigMistake[] => {
    const listen = pool.settings.get('listen')!.value
    if (used.size > 0 && ![...used].some((socket) => sameSocket(listen, socket))) return []
    // ACLs replace the owner and mode when set (PHP-FPM's listen.acl_users/acl_groups).
    const acl = ['listen.acl_users', 'listen.acl_groups'].map((k) => pool.settings.get(k)?.value)
    if (acl.some((v) => v !== undefined)) {
      const names = acl.flatMap((v) => (v ?? '').split(',').map((n) => n.trim()))
      return names.includes(worker.user) || names.includes(worker.group)
        ? []
        : [mistakeOf(input, pool, worker)]
    }
    const owner = pool.settings.get('listen.owner')?.value ?? 'root'
    const group = pool.settings.get('listen.group')?.value ?? 'root'
    const mode = Number.parseInt(pool.settings.get('listen.mode')?.value ?? '0660', 8)
    return lets(worker, owner, group, Number.isNaN(mode) ? 0o660 : mode)
      ? []
      : [mistakeOf(input, pool, worker)]
  })
}
