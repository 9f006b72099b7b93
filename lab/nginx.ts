/**
 * Finding, configuring, starting and always stopping the real nginx binary.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx']

const INSTALL_HINT =
  'The lab needs the real nginx binary. Install it (Debian/Ubuntu: `sudo apt-get install -y nginx`, ' +
  'Fedora: `sudo dnf install -y nginx`, macOS: `brew install nginx`) or set NGINX_BIN=/path/to/nginx.'

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** NGINX_BIN, then the usual install locations, then PATH; null when none is there. */
export function locateNginx(): string | null {
  const fromEnv = process.env['NGINX_BIN']
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutable(fromEnv)) return fromEnv
    throw new Error(`NGINX_BIN=${fromEnv} is not an executable file. ${INSTALL_HINT}`)
  }
  const onPath = (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'nginx'))
  return [...CANDIDATES, ...onPath].find(isExecutable) ?? null
}

export function isRoot(): boolean {
  return process.getuid?.() === 0
}

/** Finds nginx, installing it with apt-get when running as root on Debian; throws otherwise. */
export function findNginx(): string {
  const found = locateNginx()
  if (found !== null) return found
  const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find(isExecutable)
  if (isRoot() && aptGet !== undefined) {
    const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y nginx'], {
      stdio: 'inherit',
      timeout: 600_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    const again = locateNginx()
    if (again !== null) return again
    throw new Error(`apt-get install -y nginx failed (exit ${install.status}). ${INSTALL_HINT}`)
  }
  throw new Error(`nginx was not found. ${INSTALL_HINT}`)
}

/** `1.22.1` from `nginx -v`. */
export function nginxVersion(bin: string): string {
  const out = spawnSync(bin, ['-v'], { encoding: 'utf8', timeout: 10_000 })
  const match = /nginx\/(\S+)/.exec(`${out.stderr}${out.stdout}`)
  if (match?.[1] === undefined) throw new Error(`could not read the version of ${bin}`)
  return match[1]
}

export interface NginxProcess {
  prefix: string
  errorLog: string
  accessLog: string
  /** Stops the master (SIGTERM, then SIGKILL after 5 s); safe to call twice. */
  stop(): Promise<void>
}

const live = new Set<ChildProcess>()
let exitHookInstalled = false

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const child of live) child.kill('SIGTERM')
  })
}

/** Stops every nginx this process started and has not stopped yet. */
export async function stopAllNginx(): Promise<void> {
  await Promise.all([...live].map((child) => stopChild(child)))
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM')
    if (!(await waitExit(child, 5000))) {
      child.kill('SIGKILL')
      await waitExit(child, 2000)
    }
  }
  live.delete(child)
}

async function readOrEmpty(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return ''
  }
}

/** Byte size of a file, 0 when it does not exist yet. */
export async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size
  } catch {
    return 0
  }
}

/**
 * Starts nginx on `<prefix>/conf/nginx.conf` (which must exist, with `logs/` and `tmp/`) and
 * waits until the master has forked its worker.
 */
export async function startNginx(bin: string, prefix: string): Promise<NginxProcess> {
  installExitHook()
  const errorLog = path.join(prefix, 'logs', 'error.log')
  const stderrLog = path.join(prefix, 'logs', 'stderr.log')
  const args = ['-p', `${prefix}/`, '-c', path.join(prefix, 'conf', 'nginx.conf'), '-e', stderrLog]
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  live.add(child)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const proc: NginxProcess = {
    prefix,
    errorLog,
    accessLog: path.join(prefix, 'logs', 'access.log'),
    stop: () => stopChild(child),
  }
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break
    if ((await readOrEmpty(errorLog)).includes('start worker process ')) return proc
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await proc.stop()
  const details = [stderr, await readOrEmpty(stderrLog), await readOrEmpty(errorLog)].join('\n')
  throw new Error(`nginx did not start (${bin} ${args.join(' ')}):\n${details.trim()}`)
}
