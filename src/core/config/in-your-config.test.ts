import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS, type CauseId } from '../causes.ts'
import { createLogRun } from '../log/run.ts'
import type { Finding } from '../log/finding.ts'
import { ALL_CORPUS_CONFIGS as CORPUS_CONFIGS } from './corpus/index.ts'
import { readConfigPaste } from './dump.ts'
import { findingInConfig, type FindingInConfig } from './in-your-config.ts'

const NO_CHECKS = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, []])) as Record<CauseId, []>

function findingsOf(log: string): Finding[] {
  const run = createLogRun({ checks: NO_CHECKS })
  for (const line of log.split('\n')) run.push(line)
  run.end()
  return run.findings().map((d) => d.finding)
}

/** The corpus config with that title, and the first finding of its thread's log. */
function joined(title: string): FindingInConfig | null {
  const config = CORPUS_CONFIGS.find((c) => c.title === title)
  if (config?.log === undefined) throw new Error(`no corpus config with a log: "${title}"`)
  const finding = findingsOf(config.log)[0]
  if (finding === undefined) throw new Error(`"${title}": its log gives no finding`)
  return findingInConfig(readConfigPaste(config.text), finding)
}

const lines = (found: FindingInConfig | null) => found?.lines.map((l) => `${l.line}: ${l.text}`)

// Each row: a thread's config and log line, the route the log line took, the slots it fills.
const ROUTES: readonly [string, FindingInConfig['by'], string[], Record<string, string>][] = [
  [
    'php-fpm in another container reached as 127.0.0.1',
    'address',
    ['1: location ~ \\.php$ {', '3: fastcgi_pass 127.0.0.1:9000;'],
    { location: '~ \\.php$', host: '127.0.0.1', port: '9000' },
  ],
  [
    'Kibana upstream on localhost with keepalive',
    'address',
    [
      '6: server {',
      '7: listen 443;',
      '8: listen [::]:443;',
      '10: server_name kibana.example.com;',
      '11: location / {',
      '12: proxy_pass http://kibana;',
      '1: upstream kibana {',
      '2: server localhost:5601 fail_timeout=5;',
    ],
    { location: '/', server: 'kibana.example.com', group: 'kibana' },
  ],
  [
    "graphite-web behind localhost in the image's own site file",
    'address',
    ['1: server {', '2: listen 80;', '26: location / {', '27: proxy_pass http://localhost:8080;'],
    { location: '/', host: 'localhost', port: '8080' },
  ],
  [
    "A 502 that was not the config's fault",
    'address',
    ['1: location /wiki {', '2: proxy_pass http://127.0.0.1:10123/;'],
    { location: '/wiki', host: '127.0.0.1', port: '10123' },
  ],
  [
    'Socket in nginx, TCP in the pool after a role update',
    'address',
    ['1: location ~ \\.php$ {', '4: fastcgi_pass unix:/var/run/php5-fpm.sock;'],
    { location: '~ \\.php$', socket: '/var/run/php5-fpm.sock', phpVersion: '5' },
  ],
  [
    // The log shows the address Docker's DNS gave the name: the port is what matches.
    "fastcgi_pass to another nginx's HTTP port",
    'port',
    ['1: fastcgi_pass nginx-proxy:80;'],
    { host: 'nginx-proxy', port: '80' },
  ],
]

describe('a finding, in the config that routes its requests', () => {
  it.each(ROUTES)('%s', (title, by, expected, slots) => {
    const found = joined(title)
    expect(found?.by).toBe(by)
    expect(lines(found)).toEqual(expected)
    expect(found?.slots).toEqual(slots)
  })
})

describe('the lab’s own nginx: its dump and the log it wrote', () => {
  const dir = new URL('./fixtures/', import.meta.url)
  const config = readConfigPaste(readFileSync(new URL('lab-dump.txt', dir), 'latin1'))
  const findings = findingsOf(readFileSync(new URL('lab-dump-error.log', dir), 'utf8'))
  const of = (cause: CauseId) => {
    const finding = findings.find((f) => f.cause === cause)
    if (finding === undefined) throw new Error(`the lab log has no ${cause}`)
    return findingInConfig(config, finding)
  }
  const route = [
    '20: server {',
    '21: listen 127.0.0.1:18080;',
    '22: server_name lab.test;',
    '23: location / {',
    '25: proxy_pass http://lab_dead_pool;',
    '1: upstream lab_dead_pool {',
    '2: server 127.0.0.1:18081 max_fails=1 fail_timeout=30s;',
    '3: server 127.0.0.1:18082 max_fails=1 fail_timeout=30s;',
  ]

  it('a refused server of the group: the route through the group, each file its own lines', () => {
    const found = of('no-live-upstreams')
    expect(lines(found)).toEqual(route)
    expect(found?.lines.map((l) => l.file)).toEqual([
      ...Array<string>(5).fill('/tmp/labdump/conf/nginx.conf'),
      ...Array<string>(3).fill('/tmp/labdump/conf/conf.d/upstream.conf'),
    ])
    expect(found?.slots).toEqual({
      configPath: '/tmp/labdump/conf/nginx.conf',
      location: '/',
      server: 'lab.test',
      group: 'lab_dead_pool',
    })
  })
})

describe('near misses: nothing routes there', () => {
  it('a log from another site, with a config of several passes', () => {
    const mastodon = CORPUS_CONFIGS.find((c) => c.title.startsWith("Mastodon's shipped site"))!
    const kibana = CORPUS_CONFIGS.find((c) => c.title.startsWith('Kibana upstream'))!
    const finding = findingsOf(kibana.log!)[0]!
    expect(findingInConfig(readConfigPaste(mastodon.text), finding)).toBeNull()
  })
})

describe('the settings the cause depends on, as nginx applies them there', () => {
  it('set in the config: the value and its line', () => {
    // https://github.com/zabbix/zabbix-docker/issues/732
    const found = joined("FastCGI read timeout of 180 s under PHP's 600 s max_execution_time")
    expect(found?.settings).toEqual([
      { name: 'fastcgi_read_timeout', value: '180', at: { file: '', line: 68 } },
    ])
  })

  it('not set: nginx’s default, said as such', () => {
    const found = joined('WordPress admin-ajax headers over the default FastCGI buffer')
    expect(found?.settings).toEqual([
      { name: 'fastcgi_buffer_size', value: '4k or 8k (one memory page)' },
    ])
  })
})
