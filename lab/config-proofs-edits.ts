/**
 * Config proofs of the checks that give an edit today: the mistake fails on the real nginx,
 * the check fires at its line, and the app's own edit, written back, cures it.
 */
import type { Backend } from './backends.ts'
import { httpBackend } from './backends.ts'
import { countingBackend, sniOnlyTlsBackend } from './config-proof-backends.ts'
import type { ConfigProof, Phase } from './config-proof-kit.ts'
import { DEBIAN_HOSTS } from './config-proof-nginx.ts'
import { keepaliveBackend } from './keepalive-backend.ts'
import { ipv4OnlyBackend } from './proof-kit.ts'
import { scenarioById } from './scenarios.ts'

/** The port of a backend's `host:port`. */
export const portOf = (backend: Backend): string => backend.address.split(':').at(-1) ?? ''

const localhostIpv6First: ConfigProof = {
  id: 'cfg-localhost-ipv6',
  check: 'localhost-ipv6-first',
  title: 'app on 127.0.0.1 only, `proxy_pass http://localhost:PORT`, localhost is ::1 too',
  cause: 'upstream-refused-ipv6',
  // nginx retries the GET on 127.0.0.1: the log line, not the status, is the failure.
  brokenStatus: null,
  needsHosts: true,
  world: async () => {
    const backend = await ipv4OnlyBackend()
    return {
      backends: [backend],
      hosts: DEBIAN_HOSTS,
      location: [`proxy_pass http://localhost:${portOf(backend)};`],
      at: { file: 'nginx.conf', match: /proxy_pass http:\/\/localhost:/ },
      fire: async (env) => {
        for (let i = 0; i < 3; i += 1) await env.request({ path: `/orders/${i}` })
      },
    }
  },
}

/** What a counter grew by in each phase (connections opened, POSTs handled). */
export function perPhase(count: () => number): {
  counts: Partial<Record<Phase, number>>
  measure(phase: Phase, work: () => Promise<void>): Promise<void>
} {
  const counts: Partial<Record<Phase, number>> = {}
  return {
    counts,
    measure: async (phase, work) => {
      const before = count()
      await work()
      counts[phase] = count() - before
    },
  }
}

const keepaliveWithoutHttp11: ConfigProof = {
  id: 'cfg-keepalive-http10',
  check: 'keepalive-without-http11',
  title: 'upstream `keepalive 8` spoken to over HTTP/1.0: every request opens a new connection',
  // Nothing fails: the pool is never used (nginx sends `Connection: close`); measured below.
  cause: null,
  brokenStatus: null,
  measure: { key: 'connections', broken: 3, fixed: 1 },
  world: async () => {
    const backend = await countingBackend()
    const pool = perPhase(backend.connections)
    return {
      backends: [backend],
      http: ['upstream lab_pool {', `    server ${backend.address};`, '    keepalive 8;', '}'],
      location: ['proxy_pass http://lab_pool;'],
      at: { file: 'conf.d/app.conf', match: /^\s*keepalive 8;/ },
      fire: (env, phase) =>
        pool.measure(phase, async () => {
          for (let i = 0; i < 3; i += 1) await env.request({ path: `/items/${i}` })
        }),
      probe: () => ({ connections: pool.counts }),
    }
  },
}

const headerBufferTooSmall: ConfigProof = {
  id: 'cfg-header-buffer',
  check: 'header-buffer-too-small',
  title: 'backend sends a 16 KB Set-Cookie, default proxy_buffer_size (the lab scenario)',
  cause: 'header-too-big',
  brokenStatus: 502,
  world: async (env) => {
    const scenario = scenarioById('header-too-big')
    const setup = await scenario.setup(env)
    return {
      backends: setup.backends,
      location: setup.config.location ?? [],
      at: { file: 'nginx.conf', match: /proxy_pass http:/ },
      fire: (fire) => scenario.fire(fire),
    }
  },
}

const readTimeoutTooShort: ConfigProof = {
  id: 'cfg-read-timeout',
  check: 'read-timeout-too-short',
  title: 'backend answers after 2 s, `proxy_read_timeout 1s`',
  cause: 'upstream-read-timeout',
  brokenStatus: 504,
  world: async () => {
    const backend = await httpBackend(2000)
    return {
      backends: [backend],
      location: ['proxy_read_timeout 1s;', `proxy_pass http://${backend.address};`],
      at: { file: 'nginx.conf', match: /proxy_read_timeout 1s;/ },
      fire: async (env) => {
        await env.request({ path: '/reports/monthly', timeoutMs: 8000 })
      },
    }
  },
}

const sslWithoutSni: ConfigProof = {
  id: 'cfg-ssl-sni',
  check: 'ssl-upstream-without-sni',
  title: '`proxy_pass https://app.lab.test` (a group) to a TLS backend that needs SNI',
  cause: 'upstream-ssl',
  brokenStatus: 502,
  world: async ({ dir }) => {
    const backend = await sniOnlyTlsBackend(dir)
    return {
      backends: [backend],
      http: ['upstream app.lab.test {', `    server ${backend.address};`, '}'],
      location: ['proxy_pass https://app.lab.test;'],
      at: { file: 'nginx.conf', match: /proxy_pass https:\/\/app\.lab\.test;/ },
      fire: async (env) => {
        await env.request()
      },
      probe: () => ({ tlsRequests: [...backend.requests] }),
    }
  },
}

/** Node's own default `server.keepAliveTimeout`, which the check assumes for a Node backend. */
const NODE_IDLE_MS = 5000
/** After nginx's edited upstream timeout (4 s), before Node's idle timer (5 s, or 6 s). */
const SEND_AT_MS = 4500
/** Long enough that Node's idle timer fires during the pause, whichever of the two it is. */
const PAUSE_MS = 3000

const keepaliveTimeoutOverBackendIdle: ConfigProof = {
  id: 'cfg-keepalive-idle',
  check: 'keepalive-timeout-over-backend-idle',
  title: 'upstream keep-alive held 60 s (default) to a Node backend that closes idle ones at 5 s',
  cause: 'upstream-reset',
  brokenStatus: 502,
  setup: { backend: 'node' },
  world: async () => {
    const backend = await keepaliveBackend(NODE_IDLE_MS)
    return {
      backends: [backend],
      http: ['upstream lab_app {', `    server ${backend.address};`, '    keepalive 16;', '}'],
      location: [
        'proxy_http_version 1.1;',
        'proxy_set_header Connection "";',
        'proxy_pass http://lab_app;',
      ],
      at: { file: 'conf.d/app.conf', match: /^\s*keepalive 16;/ },
      fire: async (env) => {
        // A request leaves an idle connection. 4.5 s later, while Node's loop is paused (so
        // its idle timer, due at 5 s, fires before it reads anything), a POST arrives: on the
        // old connection if nginx still holds it (reset, 502), on a new one if nginx closed
        // it first (200). The pause only widens the moment the two timers race in production.
        await env.request({ path: '/warm-up' })
        await env.sleep(SEND_AT_MS)
        await backend.pause(PAUSE_MS)
        await env.request({ method: 'POST', path: '/orders', body: Buffer.from('item=1') })
      },
    }
  },
}

export const EDIT_PROOFS: readonly ConfigProof[] = [
  localhostIpv6First,
  keepaliveWithoutHttp11,
  headerBufferTooSmall,
  readTimeoutTooShort,
  sslWithoutSni,
  keepaliveTimeoutOverBackendIdle,
]
