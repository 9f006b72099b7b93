/**
 * Scenarios that fail while nginx connects to the upstream (TCP, unix sockets, TLS, groups).
 */
import path from 'node:path'
import { freePort, fullBacklogBackend, httpBackend, unixBackend } from './backends.ts'
import { causal, lookalike, related, type Scenario } from './scenario-kit.ts'

const REFUSED = /connect\(\) failed \(111: Connection refused\) while connecting to upstream/

async function ipv6Port(): Promise<number> {
  try {
    return await freePort('::1')
  } catch {
    return freePort('127.0.0.1') // no IPv6 on this host: nginx then reports 99
  }
}

export const CONNECT_SCENARIOS: Scenario[] = [
  {
    id: 'refused',
    title: 'proxy_pass to a 127.0.0.1 port where nothing listens',
    cause: 'upstream-refused',
    expectStatus: 502,
    setup: async () => {
      const port = await freePort()
      return { backends: [], config: { location: [`proxy_pass http://127.0.0.1:${port};`] } }
    },
    fire: async (env) => {
      await env.request()
    },
    rules: [causal(REFUSED, 'upstream-refused')],
  },
  {
    id: 'refused-ipv6',
    title: 'proxy_pass to [::1] where nothing listens',
    cause: 'upstream-refused-ipv6',
    expectStatus: 502,
    setup: async () => {
      const port = await ipv6Port()
      return { backends: [], config: { location: [`proxy_pass http://[::1]:${port};`] } }
    },
    fire: async (env) => {
      await env.request()
    },
    rules: [
      causal(
        /connect\(\) (to \[::1\]:\d+ )?failed \((111: Connection refused|99: Cannot assign requested address)\) while connecting to upstream/,
        'upstream-refused-ipv6',
      ),
    ],
  },
  {
    id: 'socket-missing',
    title: 'proxy_pass to a unix socket that does not exist',
    cause: 'socket-missing',
    expectStatus: 502,
    setup: async ({ dir }) => ({
      backends: [],
      config: { location: [`proxy_pass http://unix:${path.join(dir, 'missing.sock')};`] },
    }),
    fire: async (env) => {
      await env.request()
    },
    rules: [
      causal(
        /connect\(\) to unix:\S+ failed \(2: No such file or directory\) while connecting to upstream/,
        'socket-missing',
      ),
    ],
  },
  {
    id: 'socket-permission',
    title: 'proxy_pass to a unix socket the worker may not open',
    cause: 'permission-denied',
    expectStatus: 502,
    setup: async ({ dir, root }) => {
      const socket = path.join(dir, 'app.sock')
      const backend = await unixBackend(socket, root ? 0o600 : 0o000)
      return { backends: [backend], config: { location: [`proxy_pass http://unix:${socket};`] } }
    },
    fire: async (env) => {
      await env.request()
    },
    rules: [
      causal(
        /connect\(\) to unix:\S+ failed \(13: Permission denied\) while connecting to upstream/,
        'permission-denied',
      ),
    ],
  },
  {
    id: 'connect-timeout',
    title: 'upstream whose accept queue is full, proxy_connect_timeout 1s',
    cause: 'upstream-connect-timeout',
    expectStatus: 504,
    setup: async () => {
      const backend = await fullBacklogBackend()
      const location = ['proxy_connect_timeout 1s;', `proxy_pass http://${backend.address};`]
      return { backends: [backend], config: { location } }
    },
    fire: async (env) => {
      await env.request()
    },
    rules: [
      causal(
        /upstream timed out \(110: Connection timed out\) while connecting to upstream/,
        'upstream-connect-timeout',
      ),
    ],
  },
  {
    id: 'no-live-upstreams',
    title: 'upstream{} group of two dead servers, max_fails=1 fail_timeout=30s',
    cause: 'no-live-upstreams',
    expectStatus: 502,
    setup: async () => {
      const [a, b] = [await freePort(), await freePort()]
      const http = [
        'upstream lab_dead_pool {',
        `    server 127.0.0.1:${a} max_fails=1 fail_timeout=30s;`,
        `    server 127.0.0.1:${b} max_fails=1 fail_timeout=30s;`,
        '}',
      ]
      return { backends: [], config: { http, location: ['proxy_pass http://lab_dead_pool;'] } }
    },
    fire: async (env) => {
      for (let i = 0; i < 3; i += 1) await env.request({ path: `/orders/${i}` })
    },
    rules: [
      causal(/no live upstreams while connecting to upstream/, 'no-live-upstreams'),
      related(REFUSED, 'upstream-refused'),
    ],
  },
  {
    // What nginx makes of `proxy_pass http://localhost:PORT` on a host whose /etc/hosts gives
    // localhost both ::1 and 127.0.0.1: a group of the two addresses, named localhost (the
    // group is written out here so the lab does not depend on this machine's /etc/hosts).
    id: 'localhost-pair',
    title: 'localhost as [::1] and 127.0.0.1 on one port where nothing listens',
    cause: 'no-live-upstreams',
    expectStatus: 502,
    setup: async () => {
      const port = await freePort()
      const http = [
        'upstream localhost {',
        `    server [::1]:${port};`,
        `    server 127.0.0.1:${port};`,
        '}',
      ]
      return { backends: [], config: { http, location: ['proxy_pass http://localhost;'] } }
    },
    fire: async (env) => {
      for (let i = 0; i < 3; i += 1) await env.request({ path: `/orders/${i}` })
    },
    rules: [
      causal(/no live upstreams while connecting to upstream/, 'no-live-upstreams'),
      related(/Connection refused.*upstream: "http:\/\/127\.0\.0\.1:/, 'upstream-refused'),
      related(/Connection refused.*upstream: "http:\/\/\[::1\]:/, 'upstream-refused-ipv6'),
      lookalike(/upstream server temporarily disabled/),
    ],
  },
  {
    id: 'tls-to-plain',
    title: 'proxy_pass https:// to a plain-HTTP port',
    cause: 'upstream-ssl',
    expectStatus: 502,
    setup: async () => {
      const backend = await httpBackend()
      return {
        backends: [backend],
        config: { location: [`proxy_pass https://${backend.address};`] },
      }
    },
    fire: async (env) => {
      await env.request()
    },
    rules: [
      causal(
        /SSL_do_handshake\(\) failed .*wrong version number.* while SSL handshaking to upstream/,
        'upstream-ssl',
      ),
    ],
  },
]
