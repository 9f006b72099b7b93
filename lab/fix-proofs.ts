/** The proofs themselves: one per cause a config change cures (machinery in proof-kit.ts). */
import type { FixOption, SnippetStep } from '../src/core/fix/types.ts'
import { httpBackend, type Backend } from './backends.ts'
import { startDnsResponder } from './dns-responder.ts'
import { keepaliveBackend } from './keepalive-backend.ts'
import {
  configValues,
  fits,
  fixOption,
  ipv4OnlyBackend,
  nginxSnippets,
  type Proof,
} from './proof-kit.ts'
import { causal } from './scenario-kit.ts'
import { scenarioById } from './scenarios.ts'

export { runProof, type Proof, type ProofResult } from './proof-kit.ts'

const mentions = (pattern: RegExp) => (text: string) => pattern.test(text)

const HEADER_FIX = fixOption('header-too-big', mentions(/proxy_buffer_size/))

const headerTooBig: Proof = {
  id: 'fix-header-too-big',
  title: '16 KB Set-Cookie header; the guide raises proxy_buffer_size with valid buffers',
  cause: 'header-too-big',
  brokenStatus: 502,
  rules: scenarioById('header-too-big').rules,
  option: HEADER_FIX,
  snippets: nginxSnippets(HEADER_FIX, mentions(/proxy_buffer_size/)),
  world: async (env) => {
    const base = scenarioById('header-too-big')
    const setup = await base.setup(env)
    return {
      backends: setup.backends,
      config: setup.config,
      values: configValues(setup.config),
      fire: (fire) => base.fire(fire),
    }
  },
}

const READ_TIMEOUT_FIX = fixOption('upstream-read-timeout', mentions(/proxy_read_timeout/))
const READ_TIMEOUT_SNIPPETS = nginxSnippets(READ_TIMEOUT_FIX, mentions(/proxy_read_timeout/))
/** A path inside the location the snippet gives the longer timeout (e.g. `/reports/`). */
const SLOW_PATH = `${/location\s+(\/\S*)\s*\{/.exec(READ_TIMEOUT_SNIPPETS.map((s) => s.text).join('\n'))?.[1] ?? '/'}monthly`

const readTimeout: Proof = {
  id: 'fix-read-timeout',
  title: 'backend answers after 2 s, proxy_read_timeout 1s; the guide gives that location longer',
  cause: 'upstream-read-timeout',
  brokenStatus: 504,
  rules: [
    causal(
      /upstream timed out \(110: Connection timed out\) while reading response header from upstream/,
      'upstream-read-timeout',
    ),
  ],
  option: READ_TIMEOUT_FIX,
  snippets: READ_TIMEOUT_SNIPPETS,
  world: async () => {
    const backend = await httpBackend(2000)
    const config = {
      location: ['proxy_read_timeout 1s;', `proxy_pass http://${backend.address};`],
    }
    return {
      backends: [backend],
      config,
      values: configValues(config),
      fire: async (env) => {
        await env.request({ path: SLOW_PATH, timeoutMs: 8000 })
      },
    }
  },
}

const RESOLVER_FIX = fixOption('dns-no-resolver', mentions(/^\s*resolver\s/m))
const RESOLVER_SNIPPETS = nginxSnippets(RESOLVER_FIX, mentions(/^\s*resolver\s/m))
/** A name only the lab's own DNS responder knows (`.test` is reserved for testing). */
const TEST_NAME = 'app.lab.test'
/** The resolver address the same-host snippet spells out (systemd-resolved's stub). */
const SNIPPET_RESOLVER = /^\s*resolver\s+(\S+)/m.exec(RESOLVER_SNIPPETS[0]?.text ?? '')?.[1] ?? ''

const noResolver: Proof = {
  id: 'fix-no-resolver',
  title: 'variable proxy_pass to a test name, no resolver; the guide adds one',
  cause: 'dns-no-resolver',
  brokenStatus: 502,
  rules: [causal(/no resolver defined to resolve app\.lab\.test/, 'dns-no-resolver')],
  option: RESOLVER_FIX,
  snippets: RESOLVER_SNIPPETS,
  world: async () => {
    const backend = await httpBackend()
    const port = backend.address.split(':').at(-1) ?? ''
    const dns = await startDnsResponder({ [TEST_NAME]: '127.0.0.1' })
    const dnsBackend: Backend = { address: dns.address, close: () => dns.close() }
    return {
      backends: [backend, dnsBackend],
      config: { location: [`set $app ${TEST_NAME};`, `proxy_pass http://$app:${port};`] },
      values: { location: '/', path: '/', host: TEST_NAME, port, address: `${TEST_NAME}:${port}` },
      literals: { [SNIPPET_RESOLVER]: dns.address },
      fire: async (env) => {
        await env.request()
      },
      probe: () => ({ dnsQueries: [...dns.queries] }),
    }
  },
}

const IPV6_FIX = fixOption('upstream-refused-ipv6', mentions(/proxy_pass http:\/\/127\.0\.0\.1:/))

const refusedIpv6: Proof = {
  id: 'fix-refused-ipv6',
  title: 'app on 127.0.0.1 only, proxy_pass to [::1]; the guide points nginx at 127.0.0.1',
  cause: 'upstream-refused-ipv6',
  brokenStatus: 502,
  rules: scenarioById('refused-ipv6').rules,
  option: IPV6_FIX,
  snippets: nginxSnippets(IPV6_FIX, mentions(/proxy_pass http:\/\/127\.0\.0\.1:/)),
  world: async () => {
    const backend = await ipv4OnlyBackend()
    const port = backend.address.split(':').at(-1) ?? ''
    const config = { location: [`proxy_pass http://[::1]:${port};`] }
    return {
      backends: [backend],
      config,
      values: configValues(config),
      fire: async (env) => {
        await env.request()
      },
    }
  },
}

const BACKUP_FIX = fixOption('no-live-upstreams', mentions(/\bbackup;/))
const BACKUP_SNIPPETS = nginxSnippets(BACKUP_FIX, mentions(/\bbackup;/))
/** The example servers of the snippet, in order: the group's servers, then the backup. */
const BACKUP_EXAMPLES = [
  ...(BACKUP_SNIPPETS[0]?.text ?? '').matchAll(/^\s*server\s+((?:\d+\.){3}\d+:\d+)/gm),
].map((m) => m[1] ?? '')

const noLiveUpstreams: Proof = {
  id: 'fix-no-live-upstreams',
  title: 'group of two dead servers; the guide’s max_fails and a live backup server',
  cause: 'no-live-upstreams',
  brokenStatus: 502,
  rules: scenarioById('no-live-upstreams').rules,
  option: BACKUP_FIX,
  snippets: BACKUP_SNIPPETS,
  world: async (env) => {
    const base = scenarioById('no-live-upstreams')
    const setup = await base.setup(env)
    const backup = await httpBackend()
    const dead = [
      ...(setup.config.http ?? []).join('\n').matchAll(/server\s+(127\.0\.0\.1:\d+)/g),
    ].map((m) => m[1] ?? '')
    const lab = [...dead, backup.address]
    if (BACKUP_EXAMPLES.length !== lab.length) {
      await Promise.all([...setup.backends, backup].map((b) => b.close()))
      throw new Error(
        `expected ${lab.length} example servers, the snippet has ${BACKUP_EXAMPLES.join(', ')}`,
      )
    }
    return {
      backends: [...setup.backends, backup],
      config: setup.config,
      values: configValues(setup.config),
      literals: Object.fromEntries(BACKUP_EXAMPLES.map((example, i) => [example, lab[i] ?? ''])),
      fire: (fire) => base.fire(fire),
    }
  },
}

/** The option's JavaScript snippet for a Node backend (the backend half of a fix). */
function nodeSnippet(option: FixOption): SnippetStep {
  const js = option.steps.find(
    (s): s is SnippetStep => s.kind === 'snippet' && s.language === 'javascript' && fits(s.when),
  )
  if (js === undefined) throw new Error(`"${option.title}" has no snippet for a Node backend`)
  return js
}

const KEEPALIVE_FIX = fixOption('upstream-reset', mentions(/^\s*keepalive\s+\d+;/m))
/** Node's keep-alive idle timeout in the broken backend (5 s in production, shortened here). */
const BACKEND_IDLE_MS = 100
/** Longer than BACKEND_IDLE_MS plus the 1 s Node adds to it since v20.x, with a margin. */
const BACKEND_PAUSE_MS = BACKEND_IDLE_MS + 1000 + 300

const keepaliveRace: Proof = {
  id: 'fix-keepalive-race',
  title:
    'nginx reuses a keep-alive connection the backend closes at that moment (POST); the guide aligns keep-alive',
  cause: 'upstream-reset',
  brokenStatus: 502,
  rules: [
    causal(
      /recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream/,
      'upstream-reset',
    ),
  ],
  option: KEEPALIVE_FIX,
  snippets: nginxSnippets(KEEPALIVE_FIX),
  backendSnippet: nodeSnippet(KEEPALIVE_FIX),
  world: async () => {
    const backend = await keepaliveBackend(BACKEND_IDLE_MS)
    const config = {
      http: ['upstream lab_app {', `    server ${backend.address};`, '    keepalive 16;', '}'],
      location: [
        'proxy_http_version 1.1;',
        'proxy_set_header Connection "";',
        'proxy_pass http://lab_app;',
      ],
    }
    return {
      backends: [backend],
      config,
      values: configValues(config),
      fire: async (env) => {
        // The first request leaves an idle keep-alive connection in nginx's cache. The backend
        // then stalls past its idle timeout; the POST goes into that connection meanwhile, and
        // when the backend resumes its idle timer fires first: it closes a connection holding
        // an unread request (a reset). nginx does not re-send a POST: 502.
        await env.request({ path: '/warm-up' })
        await backend.pause(BACKEND_PAUSE_MS)
        await env.request({ method: 'POST', path: '/orders', body: Buffer.from('item=1') })
      },
      configureBackend: (code) => backend.configure(code),
    }
  },
}

export const PROOFS: readonly Proof[] = [
  headerTooBig,
  readTimeout,
  noResolver,
  refusedIpv6,
  noLiveUpstreams,
  keepaliveRace,
]
