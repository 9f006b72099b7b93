import { describe, expect, it } from 'vitest'
import { REDACT_ALL, redactLines } from './redact.ts'

const LINES = [
  '2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /cart?session=abc123&item=4 HTTP/1.1", upstream: "http://10.0.3.4:8080/cart?session=abc123&item=4", host: "shop.example.com", referrer: "https://shop.example.com/?utm=x"',
  '2026/11/22 02:25:28 [error] 5866#5866: *2 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "POST /api HTTP/1.1", upstream: "http://10.0.3.45:8080/api", host: "shop.example.com"',
  '2026/11/22 02:25:29 [crit] 5866#5866: *3 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 198.51.100.20, server: blog.example.org, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog.example.org"',
  '2026/11/22 02:25:30 [error] 5866#5866: *4 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "http://[::1]:3000/", host: "localhost:8080"',
  '203.0.113.7 - - [22/Nov/2026:02:25:27 +0000] "GET /login?token=s3cr3t HTTP/1.1" 502 157 "-" "curl/8.0" ua="10.0.3.4:8080" us="502"',
  'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig sent by admin@example.com from 192.0.2.99',
]

describe('redaction for sharing', () => {
  const [refused, timeout, socket, loopback, access, secrets] = redactLines(LINES, REDACT_ALL)

  it('gives consistent pseudonyms to clients, upstream hosts and sites', () => {
    expect(refused).toContain('client: client-1, server: site-1,')
    expect(refused).toContain('upstream: "http://upstream-A:8080/cart?[query removed]"')
    expect(timeout).toContain('client: client-1')
    // 10.0.3.45 is another host, not 10.0.3.4 followed by a 5.
    expect(timeout).toContain('upstream: "http://upstream-B:8080/api"')
    expect(socket).toContain('client: client-2, server: site-2,')
    expect(access?.startsWith('client-1 - - [')).toBe(true)
    expect(access).toContain('ua="upstream-A:8080"')
  })

  it('keeps what the diagnosis needs: loopback, ports, sockets, errno, phase', () => {
    expect(loopback).toBe(LINES[3])
    expect(socket).toContain('unix:/run/php/php8.2-fpm.sock')
    expect(refused).toContain('(111: Connection refused) while connecting to upstream')
  })

  it('drops query strings, tokens, credentials and e-mail addresses', () => {
    for (const line of [refused, access, secrets]) {
      expect(line).not.toMatch(/abc123|s3cr3t|eyJhbGci|admin@example\.com|utm=x/)
    }
    expect(secrets).toBe('Authorization: [redacted]')
  })

  it('names addresses the parser did not place as clients too', () => {
    const [, other] = redactLines([LINES[0]!, 'php-fpm: forwarded for 192.0.2.99 and 203.0.113.7'])
    expect(other).toBe('php-fpm: forwarded for client-2 and client-1')
  })

  it('leaves nothing of the original hosts and addresses', () => {
    const all = redactLines(LINES).join('\n')
    for (const value of [
      '203.0.113.7',
      '10.0.3.4',
      '198.51.100.20',
      'shop.example.com',
      'blog.example.org',
      '192.0.2.99',
    ]) {
      expect(all).not.toContain(value)
    }
  })

  it('hides the host a DNS failure names, wherever it appears', () => {
    const dns = [
      '2026/11/22 02:32:33 [error] 13681#13681: *1 no resolver defined to resolve orders.internal.corp, client: 127.0.0.1, server: lab, request: "GET / HTTP/1.1", host: "lab"',
      '2026/11/22 02:32:34 [error] 13703#13703: *2 orders.internal.corp could not be resolved (3: Host not found), client: 127.0.0.1, server: lab, request: "GET / HTTP/1.1", host: "lab"',
    ]
    const [noResolver, notFound] = redactLines(dns)
    expect(noResolver).toContain('no resolver defined to resolve upstream-A,')
    expect(notFound).toContain('*2 upstream-A could not be resolved (3: Host not found)')
  })

  it('lets each kind be turned off', () => {
    const [line] = redactLines(LINES, {
      clients: false,
      upstreams: false,
      sites: true,
      secrets: false,
    })
    expect(line).toContain('client: 203.0.113.7')
    expect(line).toContain('http://10.0.3.4:8080/cart?session=abc123')
    expect(line).toContain('server: site-1')
  })
})
