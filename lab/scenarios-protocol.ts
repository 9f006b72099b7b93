/**
 * Upstreams that answer, but not in the protocol nginx speaks to them.
 */
import { rawBackend } from './backends.ts'
import { causal, protocolScenario, rawScenario, reply, type Scenario } from './scenario-kit.ts'

export const PROTOCOL_SCENARIOS: Scenario[] = [
  rawScenario(
    {
      id: 'invalid-header',
      title: 'backend answers with a control character in a header name',
      cause: 'invalid-response',
      expectStatus: 502,
      rules: [causal(/upstream sent invalid header/, 'invalid-response')],
    },
    reply(
      'HTTP/1.1 200 OK\r\nX-Bad\x01Name: 1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n',
    ),
  ),
  rawScenario(
    {
      id: 'garbage',
      title: 'backend answers bytes that are not HTTP (nginx passes them through as HTTP/0.9)',
      cause: 'invalid-response',
      expectStatus: 9,
      rules: [causal(/upstream sent no valid HTTP\/1\.0 header/, 'invalid-response')],
    },
    reply('this is not http at all\r\n'),
  ),
  protocolScenario(
    {
      id: 'fastcgi-to-http',
      title: 'fastcgi_pass to a plain HTTP server',
      cause: 'invalid-response',
      expectStatus: 502,
      rules: [
        causal(/upstream sent unsupported FastCGI protocol version: \d+/, 'invalid-response'),
      ],
    },
    'fastcgi_pass',
  ),
  protocolScenario(
    {
      id: 'uwsgi-to-http',
      title:
        'uwsgi_pass to a plain HTTP server: its "400 Bad Request" status line is passed through',
      cause: null,
      expectStatus: 400,
      rules: [],
    },
    'uwsgi_pass',
  ),
  {
    id: 'uwsgi-to-garbage',
    title: 'uwsgi_pass to a service that is neither uwsgi nor HTTP (a Redis-style error reply)',
    cause: 'invalid-response',
    expectStatus: 502,
    setup: async () => {
      const backend = await rawBackend(reply('-ERR unknown command\r\n'), { trigger: 'data' })
      return { backends: [backend], config: { location: [`uwsgi_pass ${backend.address};`] } }
    },
    fire: async (env) => {
      await env.request()
    },
    rules: [causal(/upstream sent invalid header/, 'invalid-response')],
  },
]
