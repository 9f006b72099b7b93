/**
 * Config proofs of the checks about groups, retries, limits and headers, whose fix is an edit
 * the pasted config determines. Each is written as it should pass: where a check gives no
 * edit (yet), its test of the app's edit fails, and the lab writes the catalogue's fix itself
 * (`personFix`), so the rest of the proof still shows on the real nginx that the edit the
 * check should give does cure the failure. Once the check gives one, its edit is used.
 */
import net from 'node:net'
import { httpBackend, type Backend } from './backends.ts'
import { countingBackend, type ResetPlan } from './config-proof-backends.ts'
import type { ConfigProof } from './config-proof-kit.ts'
import { perPhase, portOf } from './config-proofs-edits.ts'
import { startDnsResponder } from './dns-responder.ts'

/** A name only the lab's DNS responder knows (`.test` is reserved for tests). */
const TEST_NAME = 'app.lab.test'

const variablePassWithoutResolver: ConfigProof = {
  id: 'cfg-no-resolver',
  check: 'variable-pass-without-resolver',
  title: '`set $app app.lab.test; proxy_pass http://$app:PORT;` with no resolver',
  cause: 'dns-no-resolver',
  brokenStatus: 502,
  world: async () => {
    const backend = await httpBackend()
    const dns = await startDnsResponder({ [TEST_NAME]: '127.0.0.1' })
    return {
      backends: [backend, { address: dns.address, close: () => dns.close() }],
      location: [`set $app ${TEST_NAME};`, `proxy_pass http://$app:${portOf(backend)};`],
      at: { file: 'nginx.conf', match: /proxy_pass http:\/\/\$app:/ },
      // The person writes their resolver's address where the edit leaves one (or a
      // placeholder): here it is the lab's DNS responder.
      fill: (text) => text.replace(/^(\s*resolver\s+)[^\s;]+/m, `$1${dns.address}`),
      // The fix a person writes while the app gives none: a resolver where the name is used.
      personFix: (text) => text.replace(/^(\s*)(set \$app )/m, '$1resolver 127.0.0.53;\n$1$2'),
      fire: async (env) => {
        await env.request()
      },
      probe: () => ({ dnsQueries: [...dns.queries] }),
    }
  },
}

const serverMarkedDown: ConfigProof = {
  id: 'cfg-marked-down',
  check: 'server-marked-down',
  title: 'the only server of the group is `down`',
  cause: 'no-live-upstreams',
  brokenStatus: 502,
  world: async () => {
    const backend = await httpBackend()
    return {
      backends: [backend],
      http: ['upstream lab_app {', `    server ${backend.address} down;`, '}'],
      location: ['proxy_pass http://lab_app;'],
      at: { file: 'conf.d/app.conf', match: /^\s*server .* down;/ },
      personFix: (text) => text.replace(' down;', ';'),
      fire: async (env) => {
        await env.request()
      },
    }
  },
}

/** A port nothing listens on (the placeholder server of a group). */
async function deadAddress(): Promise<string> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen({ host: '127.0.0.1', port: 0 }, resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  return `127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
}

const maxFailsSingleServer: ConfigProof = {
  id: 'cfg-max-fails',
  check: 'max-fails-single-server',
  title: 'one live server beside a `down` one: one reset takes the live one out for 10 s',
  cause: 'no-live-upstreams',
  brokenStatus: 502,
  // The first request really fails (the backend resets it); the one after must not.
  fixedStatuses: [502, 200],
  world: async () => {
    const backend = await countingBackend()
    const live = `    server ${backend.address};`
    return {
      backends: [backend],
      http: ['upstream lab_app {', live, `    server ${await deadAddress()} down;`, '}'],
      location: ['proxy_pass http://lab_app;'],
      at: { file: 'conf.d/app.conf', match: new RegExp(`^${live.replace(/[.[\]]/g, '\\$&')}$`) },
      personFix: (text) => text.replace(live, live.replace(/;$/, ' max_fails=0;')),
      fire: async (env) => {
        backend.resetNext(1)
        await env.request({ path: '/crash' })
        await env.request({ path: '/after' })
      },
    }
  },
}

const nextUpstreamNonIdempotent: ConfigProof = {
  id: 'cfg-non-idempotent',
  check: 'next-upstream-non-idempotent',
  title:
    '`proxy_next_upstream error timeout non_idempotent`: a POST the backend crashed on is sent again',
  // A risk, no cause: the client gets its 200 and the order is placed twice.
  cause: null,
  brokenStatus: 200,
  // Not retried, the crashed POST is the client's 502, and it was handled once.
  fixedStatuses: [502],
  measure: { key: 'postsHandled', broken: 2, fixed: 1 },
  world: async () => {
    const plan: ResetPlan = { resets: 0 }
    const servers = [
      await countingBackend('127.0.0.1', 0, plan),
      await countingBackend('127.0.0.1', 0, plan),
    ]
    const posts = perPhase(() =>
      servers.reduce((n, s) => n + s.requests.filter((r) => r.startsWith('POST')).length, 0),
    )
    return {
      backends: servers,
      http: ['upstream lab_app {', ...servers.map((s) => `    server ${s.address};`), '}'],
      location: ['proxy_next_upstream error timeout non_idempotent;', 'proxy_pass http://lab_app;'],
      at: { file: 'nginx.conf', match: /proxy_next_upstream error timeout non_idempotent;/ },
      personFix: (text) => text.replace(' non_idempotent;', ';'),
      fire: (env, phase) =>
        posts.measure(phase, async () => {
          plan.resets = 1 // whichever server gets it first crashes after reading it
          await env.request({ method: 'POST', path: '/orders', body: Buffer.from('item=1') })
        }),
      probe: () => ({ postsHandled: posts.counts }),
    }
  },
}

const workerConnectionsOverNofile: ConfigProof = {
  id: 'cfg-nofile',
  check: 'worker-connections-over-nofile',
  title: '`worker_connections 64` with `worker_rlimit_nofile 16`, twelve slow requests at once',
  cause: 'resource-exhaustion',
  brokenStatus: 500,
  world: async () => {
    const backend = await httpBackend(1000)
    return {
      backends: [backend],
      main: ['worker_rlimit_nofile 16;'],
      location: [`proxy_pass http://${backend.address};`],
      at: { file: 'nginx.conf', match: /^worker_rlimit_nofile 16;/ },
      // Two descriptors per proxied request: twice worker_connections.
      personFix: (text) => text.replace('worker_rlimit_nofile 16;', 'worker_rlimit_nofile 128;'),
      fire: async (env) => {
        const slow = Array.from({ length: 12 }, (_, i) =>
          env.request({ path: `/slow/${i}`, timeoutMs: 5000 }),
        )
        await Promise.all(slow)
      },
    }
  },
}

const connectionHeaderForced: ConfigProof = {
  id: 'cfg-connection-close',
  check: 'connection-header-forced',
  title: '`proxy_set_header Connection "close"` on a keep-alive pool: no connection is reused',
  // Nothing fails: every request pays a new connection; measured.
  cause: null,
  brokenStatus: null,
  measure: { key: 'connections', broken: 3, fixed: 1 },
  world: async () => {
    const backend = await countingBackend()
    const pool = perPhase(backend.connections)
    return {
      backends: [backend],
      http: ['upstream lab_pool {', `    server ${backend.address};`, '    keepalive 8;', '}'],
      location: [
        'proxy_http_version 1.1;',
        'proxy_set_header Connection "close";',
        'proxy_pass http://lab_pool;',
      ],
      at: { file: 'nginx.conf', match: /proxy_set_header Connection "close";/ },
      personFix: (text) => text.replace('Connection "close";', 'Connection "";'),
      fire: (env, phase) =>
        pool.measure(phase, async () => {
          for (let i = 0; i < 3; i += 1) await env.request({ path: `/items/${i}` })
        }),
      probe: () => ({ connections: pool.counts }),
    }
  },
}

/** Ports the check knows as plain HTTP (HTTP_PORTS in checks/addresses.ts), rarest first. */
const HTTP_PORTS = [8888, 8081, 8000, 5000, 8080, 3000]

/** An HTTP backend on the first of HTTP_PORTS free on 127.0.0.1. */
async function httpBackendOnKnownPort(): Promise<Backend & { port: number }> {
  for (const port of HTTP_PORTS) {
    try {
      const backend = await countingBackend('127.0.0.1', port)
      return backend
    } catch {
      // taken on this machine: the next one
    }
  }
  throw new Error(`none of the ports ${HTTP_PORTS.join(', ')} is free on 127.0.0.1`)
}

const protocolMismatch: ConfigProof = {
  id: 'cfg-protocol',
  check: 'protocol-mismatch',
  title: '`fastcgi_pass` to a plain HTTP app on a well-known HTTP port',
  cause: 'invalid-response',
  brokenStatus: 502,
  world: async () => {
    const backend = await httpBackendOnKnownPort()
    return {
      backends: [backend],
      location: [`fastcgi_pass ${backend.address};`],
      at: { file: 'nginx.conf', match: /fastcgi_pass 127\.0\.0\.1:/ },
      personFix: (text) =>
        text.replace(`fastcgi_pass ${backend.address};`, `proxy_pass http://${backend.address};`),
      fire: async (env) => {
        await env.request()
      },
    }
  },
}

export const GROUP_PROOFS: readonly ConfigProof[] = [
  variablePassWithoutResolver,
  serverMarkedDown,
  maxFailsSingleServer,
  nextUpstreamNonIdempotent,
  workerConnectionsOverNofile,
  connectionHeaderForced,
  protocolMismatch,
]
