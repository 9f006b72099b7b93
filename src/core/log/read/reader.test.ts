import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { readLine as classifyLine } from '../reader.ts'

describe('every field of an nginx error entry', () => {
  it('reads a proxied request with subrequest, host and referrer', () => {
    // The shape of `ngx_http_log_error_handler`'s suffix, in nginx's own order.
    const line =
      '2026/11/22 02:25:27 [error] 5866#5866: *41 connect() failed (111: Connection refused) while connecting to upstream, client: 2001:db8::5, server: shop.example.com, request: "POST /cart?id=7 HTTP/2.0", subrequest: "/auth", upstream: "http://10.0.3.4:8080/auth", host: "shop.example.com", referrer: "https://shop.example.com/a, b"'
    expect(classifyLine(line)).toMatchInlineSnapshot(`
      {
        "cause": "upstream-refused",
        "facts": {
          "client": "2001:db8::5",
          "connection": 41,
          "errno": 111,
          "errnoText": "Connection refused",
          "host": "shop.example.com",
          "level": "error",
          "message": "connect() failed",
          "phase": "connecting to upstream",
          "pid": 5866,
          "referrer": "https://shop.example.com/a, b",
          "request": {
            "method": "POST",
            "path": "/cart?id=7",
            "protocol": "HTTP/2.0",
          },
          "server": "shop.example.com",
          "source": "nginx-error",
          "status": 502,
          "subrequest": "/auth",
          "tid": 5866,
          "time": "2026/11/22 02:25:27",
          "upstream": {
            "address": "10.0.3.4:8080",
            "host": "10.0.3.4",
            "port": 8080,
            "scheme": "http",
            "socket": null,
            "uri": "/auth",
          },
        },
        "text": "2026/11/22 02:25:27 [error] 5866#5866: *41 connect() failed (111: Connection refused) while connecting to upstream, client: 2001:db8::5, server: shop.example.com, request: "POST /cart?id=7 HTTP/2.0", subrequest: "/auth", upstream: "http://10.0.3.4:8080/auth", host: "shop.example.com", referrer: "https://shop.example.com/a, b"",
      }
    `)
  })

  it.each([
    [
      'unix socket with URI',
      'http://unix:/run/app.sock:/api/orders',
      { socket: '/run/app.sock', uri: '/api/orders', address: 'unix:/run/app.sock' },
    ],
    [
      'FastCGI socket',
      'fastcgi://unix:/run/php/php8.2-fpm.sock:',
      { scheme: 'fastcgi', socket: '/run/php/php8.2-fpm.sock', uri: '' },
    ],
    ['IPv6', 'http://[::1]:3000/', { host: '::1', port: 3000, address: '[::1]:3000' }],
    [
      'upstream group',
      'http://backend/api/orders',
      { host: 'backend', port: null, uri: '/api/orders' },
    ],
    ['grpc without URI', 'grpc://127.0.0.1:50051', { scheme: 'grpc', port: 50051, uri: '' }],
  ])('reads an upstream written as %s', (_name, upstream, expected) => {
    const line = `2026/11/22 02:25:27 [error] 1#1: *1 upstream prematurely closed connection while reading response header from upstream, client: 127.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "${upstream}", host: "x"`
    expect(classifyLine(line).facts.upstream).toMatchObject(expected)
  })

  it('reads the resolver of a resolver-internal line (no connection, no client)', () => {
    const { facts, cause } = classifyLine(
      '2026/11/22 02:28:02 [error] 8428#8428: send() failed (111: Connection refused) while resolving, resolver: 127.0.0.1:54010',
    )
    expect(cause).toBe('dns-resolve-failed')
    expect(facts).toMatchObject({ resolver: '127.0.0.1:54010', phase: 'resolving', errno: 111 })
    expect(facts.connection).toBeUndefined()
  })

  it('keeps a FastCGI message intact even when it contains " while " and an errno', () => {
    const line =
      '2026/11/22 02:25:27 [error] 7#7: *3 FastCGI sent in stderr: "PHP message: failed (2: No such file) while loading, client: fake" while reading response header from upstream, client: 10.1.1.1, server: blog, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog"'
    const { cause, facts } = classifyLine(line)
    expect(cause).toBe('fastcgi-stderr')
    expect(facts.phase).toBe('reading response header from upstream')
    expect(facts.client).toBe('10.1.1.1')
    expect(facts.errno).toBeUndefined()
  })

  it('reads a stream{} line with the cause its connect failed of, and no status', () => {
    const line =
      '2026/11/22 02:25:27 [error] 9#9: *77 connect() failed (111: Connection refused) while connecting to upstream, client: 192.0.2.10, server: 0.0.0.0:5432, upstream: "10.0.4.12:5432", bytes from/to client:0/0, bytes from/to upstream:0/0'
    const { cause, facts } = classifyLine(line)
    expect(cause).toBe('upstream-refused')
    expect(facts).toMatchObject({ source: 'nginx-stream', server: '0.0.0.0:5432' })
    expect(facts.upstream?.address).toBe('10.0.4.12:5432')
    expect(facts.status).toBeUndefined()
  })

  it('reads a reset once bytes flowed through a stream{} proxy as a look-alike', () => {
    const line =
      '2026/11/22 02:25:27 [error] 9#9: *78 recv() failed (104: Connection reset by peer) while proxying and reading from upstream, client: 192.0.2.10, server: 0.0.0.0:5432, upstream: "10.0.4.12:5432", bytes from/to client:120/4096, bytes from/to upstream:4096/120'
    expect(classifyLine(line)).toMatchObject({
      cause: null,
      facts: { source: 'nginx-stream', lookalike: 'stream-midway', alternative: 'upstream-reset' },
    })
  })
})

describe('the host a DNS failure names', () => {
  const head = '2026/11/22 02:32:33 [error] 7#7: *1 '
  it.each([
    [
      'no resolver defined to resolve backend.invalid, client: 1.2.3.4, server: a',
      'backend.invalid',
    ],
    [
      'api.svc.cluster.local could not be resolved (3: Host not found), client: 1.2.3.4, server: a',
      'api.svc.cluster.local',
    ],
    ['backend could not be resolved (110: Operation timed out)', 'backend'],
    ['host not found in upstream "api:8080" in /etc/nginx/conf.d/default.conf:31', 'api'],
    ['host not found in upstream "nofx" in /etc/nginx/conf.d/default.conf:31', 'nofx'],
    ['send() failed (111: Connection refused) while resolving, resolver: 127.0.0.53:53', undefined],
    ['connect() failed (111: Connection refused) while connecting to upstream', undefined],
  ])('%s -> %s', (message, name) => {
    expect(classifyLine(head + message).facts.resolve).toBe(name)
  })
})

// The lab's genuine refusal, damaged the ways people's pastes damage it (each damage seen in
// corpus/nginx-damaged.ts): the verdict comes from the message, so it must survive them all.
describe('a damaged head or context costs facts, never the verdict', () => {
  const line = readFileSync(
    new URL('../../../../lab/captured/refused.log', import.meta.url),
    'utf8',
  )
    .split('\n')
    .find((l) => l.includes('[error]'))!
  const damages: [string, (l: string) => string][] = [
    ['no timestamp', (l) => l.slice(20)],
    ['no pid#tid', (l) => l.replace(/\d+#\d+: /, '')],
    ['pid#tid masked', (l) => l.replace(/\d+#\d+:/, 'xxxx#xxxx:')],
    ['the * lost to markdown', (l) => l.replace(' *1 ', ' 1 ')],
    [
      'the time masked',
      (l) => l.replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/, 'XXXX/XX/XX XX:XX:XX'),
    ],
    [
      'capital letters',
      (l) => l.replace(/\[error\].*?while connecting to upstream/, (m) => m.toUpperCase()),
    ],
    ['client masked', (l) => l.replace(/client: [^,]*/, 'client: x.x.x.x')],
    ['cut at 100 columns with a $', (l) => `${l.slice(0, 100)}$`],
    ['cut after the errno with ...', (l) => `${l.slice(0, l.indexOf(') while') + 1)}...`],
    ['quoted from the message on', (l) => l.slice(l.indexOf('connect()'))],
  ]
  it.each(damages)('%s', (_name, damage) => {
    expect(classifyLine(damage(line)).cause).toBe('upstream-refused')
  })

  it('reads `server: ,` and `request:` as two fields when a hard wrap lost the space', () => {
    const at = line.indexOf(', request:')
    const results = analyzeText(`${line.slice(0, at + 1)}\n${line.slice(at + 2)}`)
    expect(results[0]?.cause).toBe('upstream-refused')
    expect(results[0]?.facts.request?.path).toBe('/')
    expect(results[1]).toMatchObject({ cause: null, continues: 1 })
  })
})
