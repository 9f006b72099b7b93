import type { Finding } from '../log/finding.ts'

/**
 * What a finding's own lines show beyond its cause, that tells its fixes apart: a uWSGI
 * `invalid request block size` is fixed by `buffer-size`, a PHP-FPM child dead of signal 11 by
 * an extension or an upgrade, of signal 9 by memory.
 */
export type Evidence =
  | 'loopback-upstream'
  | 'ipv6-loopback'
  | 'ipv6-upstream'
  | 'unix-socket'
  | 'php-socket'
  | 'https-upstream'
  | 'http-to-fastcgi-port'
  | 'websocket'
  | 'uwsgi-block-size'
  | 'segfault'
  | 'sigkill'
  | 'worker-timeout'
  | 'heap-exhausted'
  | 'address-in-use'
  | 'start-limit'
  | 'primary-script-unknown'
  | 'php-fatal'
  | 'host-not-found'
  | 'resolver-timeout'
  | 'name-unknown'
  | 'docker-dns'
  | 'too-many-files'
  | 'worker-connections'
  | 'ports-exhausted'
  | 'socket-queue-full'
  | 'tls-wrong-version'
  | 'tls-verify-failed'
  | 'tls-handshake-failure'

type Test = RegExp | ((finding: Finding) => boolean)

const upstreamHost = (f: Finding): string => f.sample.upstream?.host ?? ''

// Patterns are matched against the finding's sample message and its first lines as written.
const TESTS: Readonly<Record<Evidence, Test>> = {
  'loopback-upstream': (f) => /^(127\.|localhost$)/.test(upstreamHost(f)) && !isDockerDns(f),
  'ipv6-loopback': (f) => upstreamHost(f) === '::1',
  'ipv6-upstream': (f) => upstreamHost(f).includes(':') && upstreamHost(f) !== '::1',
  'unix-socket': (f) => f.sample.upstream?.socket != null,
  'php-socket': (f) => /php[\d.]*-fpm/.test(f.sample.upstream?.socket ?? ''),
  'https-upstream': (f) => f.sample.upstream?.scheme === 'https',
  'http-to-fastcgi-port': (f) =>
    /^https?$/.test(f.sample.upstream?.scheme ?? '') && f.sample.upstream?.port === 9000,
  websocket: (f) =>
    /\/socket\.io\/|\/ws(\/|\?|$)|websocket|\/cable\b|\/hubs?\//i.test(
      f.sample.request?.path ?? '',
    ),
  'uwsgi-block-size': /invalid request block size/,
  segfault: /signal 11\b|SIGSEGV|segfault at/,
  sigkill: /signal 9\b|SIGKILL|Killed process/,
  'worker-timeout':
    /WORKER TIMEOUT|HARAKIRI|request_terminate_timeout|execution timed out|Worker \(pid:\d{1,10}\) was sent SIGKILL/,
  'heap-exhausted': /JavaScript heap out of memory|OutOfMemoryError/,
  'address-in-use': /EADDRINUSE|Address already in use/,
  'start-limit': /start-limit-hit|Start request repeated too quickly/,
  'primary-script-unknown': /Primary script unknown|File not found/,
  'php-fatal': /PHP Fatal error|PHP Parse error|Allowed memory size/,
  'host-not-found': /host not found in upstream/,
  'resolver-timeout':
    /could not be resolved \(110: Operation timed out\)|resolver .{0,40}timed out/,
  'name-unknown': /could not be resolved \((2|3): /,
  'docker-dns': isDockerDns,
  'too-many-files': /Too many open files/,
  'worker-connections': /worker_connections are not enough/,
  'ports-exhausted': /99: Cannot assign requested address/,
  'socket-queue-full': /11: Resource temporarily unavailable/,
  'tls-wrong-version': /wrong version number|http request|unknown protocol/,
  'tls-verify-failed':
    /certificate verify failed|self[- ]signed certificate|unable to get local issuer/,
  'tls-handshake-failure': /handshake failure|alert number 40|unrecognized name|alert number 112/,
}

function isDockerDns(f: Finding): boolean {
  return f.sample.resolver === '127.0.0.11' || f.examples.some((e) => e.text.includes('127.0.0.11'))
}

const EVIDENCE = Object.keys(TESTS) as Evidence[]

/** The evidence a finding's sample and first lines show (see {@link Evidence}). */
export function evidenceOf(finding: Finding): ReadonlySet<Evidence> {
  const text = [finding.sample.message ?? '', ...finding.examples.map((e) => e.text)].join('\n')
  const found = new Set<Evidence>()
  for (const name of EVIDENCE) {
    const test = TESTS[name]
    if (typeof test === 'function' ? test(finding) : test.test(text)) found.add(name)
  }
  return found
}
