// Installs the npm dependencies when they are missing or older than package-lock.json, so
// `npm start` and `npm test` work on a fresh clone with no other step.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Runs `npm install` when node_modules is absent or older than the lock. */
export function ensureNpmDependencies() {
  const marker = `${root}node_modules/.package-lock.json`
  const lock = `${root}package-lock.json`
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  console.log('Installing npm dependencies (npm install)...')
  // `npm install`, not `npm ci`: npm 11 can write a lock that lacks other platforms' optional
  // packages, which `npm ci` then rejects; install follows the lock and mends it.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error('npm install failed: check access to the npm registry, then run it again.')
    process.exit(result.status ?? 1)
  }
}

/** Runs a command from the project root and returns its exit status. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  return result.status ?? 1
}

export { root }
