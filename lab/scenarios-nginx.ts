/**
 * Failures on nginx's own side before any upstream connection: name resolution at request time
 * and running out of worker_connections.
 */
import { freeUdpPort, httpBackend } from './backends.ts'
import { causal, related, type Scenario } from './scenario-kit.ts'

export const NGINX_SIDE_SCENARIOS: Scenario[] = [
  {
    id: 'no-resolver',
    title: 'proxy_pass with a variable host name and no resolver',
    cause: 'dns-no-resolver',
    expectStatus: 502,
    setup: async () => ({
      backends: [],
      config: { location: ['set $b backend.invalid;', 'proxy_pass http://$b:80;'] },
    }),
    fire: async (env) => {
      await env.request()
    },
    rules: [causal(/no resolver defined to resolve backend\.invalid/, 'dns-no-resolver')],
  },
  {
    id: 'resolver-down',
    title: 'resolver pointing at a closed UDP port, resolver_timeout 1s',
    cause: 'dns-resolve-failed',
    expectStatus: 502,
    setup: async () => {
      const port = await freeUdpPort()
      const location = [
        `resolver 127.0.0.1:${port} valid=1s;`,
        'resolver_timeout 1s;',
        'set $b backend.invalid;',
        'proxy_pass http://$b:80;',
      ]
      return { backends: [], config: { location } }
    },
    fire: async (env) => {
      await env.request({ path: '/first' })
      await env.request({ path: '/second' })
    },
    rules: [
      causal(/could not be resolved \(110: Operation timed out\)/, 'dns-resolve-failed'),
      related(/(send|recv)\(\) failed \(\d+: [^)]+\) while resolving/, 'dns-resolve-failed'),
    ],
  },
  {
    id: 'worker-connections',
    title: 'worker_connections 7 and more concurrent slow requests than that allows',
    cause: 'resource-exhaustion',
    expectStatus: 500,
    setup: async () => {
      const backend = await httpBackend(2000)
      const location = ['proxy_read_timeout 10s;', `proxy_pass http://${backend.address};`]
      return { backends: [backend], config: { location }, workerConnections: 7 }
    },
    fire: async (env) => {
      // 7 connections = listener + master channel + 5 free. Two slow requests take 4 (client +
      // upstream each); the next request gets the 5th for its client side but none for its
      // upstream: a 500 with request context.
      const slow = [env.request({ path: '/slow/1' }), env.request({ path: '/slow/2' })]
      await env.sleep(300)
      await env.request({ path: '/overflow', timeoutMs: 3000 })
      // A half-sent request (not reusable) takes the 5th slot; the next accept() finds no free
      // connection: the same alert without request context, and the client is dropped.
      await env.stall()
      await env.sleep(150)
      await env.request({ path: '/dropped', timeoutMs: 1500 })
      await Promise.all(slow)
    },
    rules: [causal(/\d+ worker_connections are not enough(?!, reusing)/, 'resource-exhaustion')],
  },
]
