// Finds the system programs the lab and browser tests need (Debian's nginx and Chromium) and
// installs them with apt-get when they are missing and we may; otherwise it says exactly what
// to install. Never a silent skip: a missing tool fails the run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

const TOOLS = {
  nginx: {
    env: 'NGINX_BIN',
    paths: [
      '/usr/sbin/nginx',
      '/usr/local/sbin/nginx',
      '/opt/homebrew/bin/nginx',
      '/usr/local/bin/nginx',
    ],
    names: ['nginx'],
    apt: 'nginx',
  },
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    names: ['chromium', 'chromium-browser', 'google-chrome'],
    apt: 'chromium',
  },
}

function find(tool) {
  const fromEnv = process.env[tool.env]
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  for (const path of tool.paths) if (existsSync(path)) return path
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of tool.names) if (dir && existsSync(join(dir, name))) return join(dir, name)
  }
  return null
}

function canApt() {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0
}

/** Returns the paths of the tools, installing the missing ones; exits with a message if it cannot. */
export function ensureSystemTools(names) {
  const missing = names.filter((name) => find(TOOLS[name]) === null)
  if (missing.length > 0 && canApt()) {
    const packages = missing.map((name) => TOOLS[name].apt)
    console.log(`Installing ${packages.join(' and ')} from Debian (apt-get)...`)
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  }
  const found = {}
  for (const name of names) {
    const path = find(TOOLS[name])
    if (path === null) {
      console.error(
        `The tests need ${name} and it is not installed. Install it (Debian/Ubuntu: ` +
          `sudo apt-get install -y ${TOOLS[name].apt}) or point ${TOOLS[name].env} at it.`,
      )
      process.exit(1)
    }
    found[name] = path
  }
  return found
}
