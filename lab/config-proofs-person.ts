/**
 * Config proofs of the checks whose fix the config cannot give (the right socket, port or
 * address is not in it): the app names the directive and gives no edit, by design. The lab
 * shows the failure and the check firing at its line, then makes the person's fix and shows
 * that it cures the failure and silences the check.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { httpBackend } from './backends.ts'
import {
  countingBackend,
  fastcgiBackend,
  movableDns,
  type CountingBackend,
} from './config-proof-backends.ts'
import type { ConfigProof } from './config-proof-kit.ts'
import { DEBIAN_HOSTS } from './config-proof-nginx.ts'

const fastcgiSocketMismatch: ConfigProof = {
  id: 'cfg-fastcgi-socket',
  check: 'fastcgi-socket-mismatch',
  title: '`fastcgi_pass unix:…/php7.4-fpm.sock` while PHP-FPM 8.2 listens on php8.2-fpm.sock',
  cause: 'socket-missing',
  brokenStatus: 502,
  personFixWhy:
    "the socket PHP-FPM listens on is its pool's `listen =`, in a file nginx -T does not show",
  world: async ({ dir }) => {
    const run = path.join(dir, 'run', 'php')
    await mkdir(run, { recursive: true, mode: 0o755 })
    const pool = await fastcgiBackend(path.join(run, 'php8.2-fpm.sock'))
    return {
      backends: [pool],
      location: [`fastcgi_pass unix:${path.join(run, 'php7.4-fpm.sock')};`],
      at: { file: 'nginx.conf', match: /fastcgi_pass unix:.*php7\.4-fpm\.sock;/ },
      personFix: (text) => text.replace('php7.4-fpm.sock', 'php8.2-fpm.sock'),
      fire: async (env) => {
        await env.request({ path: '/index.php' })
      },
      probe: () => ({ fastcgiRequests: pool.requests.length }),
    }
  },
}

const proxyLoop: ConfigProof = {
  id: 'cfg-proxy-loop',
  check: 'proxy-loop',
  title: '`proxy_pass` to the port its own server listens on',
  cause: 'resource-exhaustion',
  // Each hop holds two connections until worker_connections run out; the client gets 502.
  brokenStatus: 502,
  personFixWhy: "the backend's port is nowhere in the config: only nginx's own port is",
  world: async ({ port }) => {
    const backend = await httpBackend()
    return {
      backends: [backend],
      location: [`proxy_pass http://127.0.0.1:${port};`],
      at: { file: 'nginx.conf', match: new RegExp(`proxy_pass http://127\\.0\\.0\\.1:${port};`) },
      personFix: (text) =>
        text.replace(
          `proxy_pass http://127.0.0.1:${port};`,
          `proxy_pass http://${backend.address};`,
        ),
      fire: async (env) => {
        await env.request({ timeoutMs: 8000 })
      },
    }
  },
}

/**
 * A backend that "restarts elsewhere" like a container does: the same port on another
 * loopback address (127.0.0.2, then .3, .4), with the DNS answer following it.
 */
async function movingBackend() {
  const dns = await movableDns({ 'app.lab.test': '127.0.0.2' })
  let host = 2
  let current: CountingBackend = await countingBackend(`127.0.0.${host}`, 0)
  const port = current.port
  const backends = [
    { address: dns.address, close: () => dns.close() },
    { address: '', close: () => current.close() },
  ]
  return {
    dns,
    port,
    backends,
    move: async (): Promise<void> => {
      await current.close()
      host += 1
      current = await countingBackend(`127.0.0.${host}`, port)
      dns.names.set('app.lab.test', `127.0.0.${host}`)
    },
  }
}

const hostnameResolvedOnce: ConfigProof = {
  id: 'cfg-resolved-once',
  check: 'hostname-resolved-once',
  title:
    'a container name in `proxy_pass`, resolved at start; the backend restarts at a new address',
  cause: 'upstream-refused',
  brokenStatus: 502,
  setup: { runtime: 'docker' },
  needsHosts: true,
  personFixWhy:
    "the resolver's address is the runtime's (Docker's 127.0.0.11, the cluster DNS), not the config's",
  world: async () => {
    const app = await movingBackend()
    const pass = `proxy_pass http://app.lab.test:${app.port};`
    return {
      backends: app.backends,
      hosts: `${DEBIAN_HOSTS}127.0.0.2\tapp.lab.test\n`,
      location: [pass],
      at: { file: 'nginx.conf', match: /proxy_pass http:\/\/app\.lab\.test:/ },
      personFix: (text) =>
        text.replace(
          pass,
          [
            `resolver ${app.dns.address} valid=1s;`,
            'set $app app.lab.test;',
            `proxy_pass http://$app:${app.port};`,
          ].join(' '),
        ),
      fire: async (env, phase) => {
        // Works, then the backend moves: resolved once, nginx keeps the old address. With the
        // fix, the move after the reload is followed too (valid=1s), no reload needed.
        await env.request({ path: '/before' })
        await app.move()
        // nginx keeps time in whole seconds: `valid=1s` lasts up to 2 s.
        if (phase === 'fixed') await env.sleep(2200)
        await env.request({ path: '/after' })
      },
      probe: () => ({ dnsQueries: [...app.dns.queries] }),
    }
  },
}

export const PERSON_PROOFS: readonly ConfigProof[] = [
  fastcgiSocketMismatch,
  proxyLoop,
  hostnameResolvedOnce,
]
