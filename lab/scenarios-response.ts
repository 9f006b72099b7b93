/**
 * Scenarios where nginx is connected and the upstream misbehaves while nginx sends the request
 * or waits for the response header.
 */
import { rawBackend } from './backends.ts'
import { causal, rawScenario, related, reply, type Scenario } from './scenario-kit.ts'

const EPIPE = /\(32: Broken pipe\) while sending request to upstream/

const BIG_COOKIE = `Set-Cookie: session=${'x'.repeat(16 * 1024)}\r\n`

export const RESPONSE_SCENARIOS: Scenario[] = [
  rawScenario(
    {
      id: 'read-timeout',
      title: 'backend accepts and never answers, proxy_read_timeout 1s',
      cause: 'upstream-read-timeout',
      expectStatus: 504,
      rules: [
        causal(
          /upstream timed out \(110: Connection timed out\) while reading response header from upstream/,
          'upstream-read-timeout',
        ),
      ],
    },
    { kind: 'silent' },
    ['proxy_read_timeout 1s;'],
  ),
  rawScenario(
    {
      id: 'premature-close',
      title: 'backend reads the request and closes without answering',
      cause: 'upstream-premature-close',
      expectStatus: 502,
      rules: [
        causal(
          /upstream prematurely closed connection while reading response header from upstream/,
          'upstream-premature-close',
        ),
      ],
    },
    { kind: 'close' },
  ),
  rawScenario(
    {
      id: 'reset',
      title: 'backend reads the request and resets the connection',
      cause: 'upstream-reset',
      expectStatus: 502,
      rules: [
        causal(
          /recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream/,
          'upstream-reset',
        ),
      ],
    },
    { kind: 'reset' },
  ),
  {
    id: 'broken-pipe',
    title: 'large buffered POST to a backend that closes after reading the headers',
    cause: 'upstream-broken-pipe',
    expectStatus: 502,
    setup: async () => {
      const backend = await rawBackend({ kind: 'destroy' })
      const location = [
        'client_max_body_size 64m;',
        'proxy_request_buffering on;',
        `proxy_pass http://${backend.address};`,
      ]
      return { backends: [backend], config: { location } }
    },
    fire: async (env) => {
      // Whether nginx gets EPIPE, or ECONNRESET from writev() or recv(), is a race in the kernel
      // (EPIPE needs the backend's FIN+RST to land while nginx is inside its writev() loop; 5-20 %
      // of uploads here): retry, bounded, until an EPIPE line shows up.
      const body = Buffer.alloc(2 * 1024 * 1024, 'a')
      for (let attempt = 1; attempt <= 16; attempt += 1) {
        await env.request({ method: 'POST', path: `/upload/${attempt}`, body, timeoutMs: 10_000 })
        if ((await env.errorLines()).some((line) => EPIPE.test(line))) return
      }
    },
    rules: [
      causal(EPIPE, 'upstream-broken-pipe'),
      causal(
        /\(104: Connection reset by peer\) while sending request to upstream/,
        'upstream-reset',
      ),
      related(
        /recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream/,
        'upstream-reset',
      ),
    ],
  },
  rawScenario(
    {
      id: 'header-too-big',
      title: 'backend answers with a 16 KB Set-Cookie header, default proxy_buffer_size',
      cause: 'header-too-big',
      expectStatus: 502,
      rules: [
        causal(
          /upstream sent too big header while reading response header from upstream/,
          'header-too-big',
        ),
      ],
    },
    reply(`HTTP/1.1 200 OK\r\n${BIG_COOKIE}Content-Length: 3\r\nConnection: close\r\n\r\nok\n`),
  ),
]
