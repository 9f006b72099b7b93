/**
 * The nginx command line as a person uses it on a config proof's prefix: `nginx -T` to get the
 * dump they would paste, `nginx -t` before reloading, `nginx -s reload` to apply the edit, and
 * (for proofs about name resolution) nginx in a mount namespace of its own with the proof's
 * `/etc/hosts`, so a proof never changes the machine's files.
 */
import { execFile, spawnSync } from 'node:child_process'
import { chmod, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileSize, isRoot } from './nginx.ts'

/** What one nginx command printed, and how it exited. */
export interface NginxRun {
  args: string[]
  code: number
  stdout: string
  stderr: string
}

/** `-p PREFIX/ -c PREFIX/conf/nginx.conf`: how every command names the proof's instance. */
export function prefixArgs(prefix: string): string[] {
  return ['-p', `${prefix}/`, '-c', path.join(prefix, 'conf', 'nginx.conf')]
}

/** Runs `bin` with `args`; resolves (never rejects) with its exit code and output. */
export function runNginx(bin: string, args: string[]): Promise<NginxRun> {
  return new Promise((resolve) => {
    execFile(bin, args, { encoding: 'utf8', timeout: 20_000 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1
      resolve({ args, code, stdout, stderr })
    })
  })
}

/** `nginx -T`: the dump a person pastes (its stdout; nginx writes its verdict on stderr). */
export const dumpConfig = (bin: string, prefix: string): Promise<NginxRun> =>
  runNginx(bin, ['-T', ...prefixArgs(prefix)])

/** `nginx -t`: the test a person runs before reloading. */
export const testConfig = (bin: string, prefix: string): Promise<NginxRun> =>
  runNginx(bin, ['-t', ...prefixArgs(prefix)])

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * `nginx -s reload`, then waits until the new worker runs and the old one has exited, so the
 * next request is served by the new configuration only.
 */
export async function reloadNginx(bin: string, prefix: string): Promise<void> {
  const errorLog = path.join(prefix, 'logs', 'error.log')
  const from = await fileSize(errorLog)
  const run = await runNginx(bin, ['-s', 'reload', ...prefixArgs(prefix)])
  if (run.code !== 0) throw new Error(`nginx -s reload failed (${run.code}): ${run.stderr}`)
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const since = (await readFile(errorLog)).subarray(from).toString('utf8')
    if (/start worker process /.test(since) && /worker process \d+ exited/.test(since)) return
    await sleep(20)
  }
  throw new Error('nginx did not finish reloading within 10 s')
}

/** Debian's `/etc/hosts` for loopback: `localhost` is `127.0.0.1` and `::1`. */
export const DEBIAN_HOSTS = '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n'

/**
 * A wrapper that runs nginx in a mount namespace of its own with `hostsFile` bound over
 * `/etc/hosts`: nginx resolves static names at start and reload with getaddrinfo, so this is
 * the hosts file it sees, while the machine's own stays as it is. `unshare` execs, so the
 * wrapper's pid is nginx's master and startNginx's signals reach it.
 */
export async function hostsWrapper(bin: string, dir: string, hostsFile: string): Promise<string> {
  const wrapper = path.join(dir, 'nginx-with-hosts.sh')
  const user = isRoot() ? '' : ' -r'
  const script = [
    '#!/bin/sh',
    `exec unshare${user} -m sh -c 'mount --bind "$0" /etc/hosts && exec "$@"' \\`,
    `  ${JSON.stringify(hostsFile)} ${JSON.stringify(bin)} "$@"`,
    '',
  ].join('\n')
  await writeFile(wrapper, script)
  await chmod(wrapper, 0o755)
  return wrapper
}

/**
 * Why this machine cannot give nginx a hosts file of its own with `localhost` as `::1`, or
 * null when it can: IPv6 loopback and a private mount namespace are both needed.
 */
export function hostsIsolationMissing(): string | null {
  const v6 = Object.values(os.networkInterfaces()).some((list) =>
    (list ?? []).some((i) => i.internal && i.family === 'IPv6' && i.address === '::1'),
  )
  if (!v6) return 'no IPv6 loopback (::1) on this machine'
  const args = isRoot() ? ['-m', 'true'] : ['-r', '-m', 'true']
  const unshare = spawnSync('unshare', args, { encoding: 'utf8', timeout: 10_000 })
  if (unshare.status !== 0) {
    const why = unshare.stderr || unshare.error?.message || String(unshare.status)
    return `no private mount namespace (unshare ${args.join(' ')}: ${why.trim()})`
  }
  return null
}
