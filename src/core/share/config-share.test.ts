import { describe, expect, it } from 'vitest'
import { CAUSE_IDS, type CauseId } from '../causes.ts'
import { checkConfig } from '../config/check.ts'
import { ALL_CORPUS_CONFIGS } from '../config/corpus/index.ts'
import { readConfigPaste } from '../config/dump.ts'
import { createLogRun } from '../log/run.ts'
import { decodePermalink, encodePermalink } from '../permalink/codec.ts'
import { restoreDiagnosis } from '../permalink/restore.ts'
import { configNames } from './config-names.ts'
import { buildShare } from './payload.ts'
import { redactConfigLine } from './redact-config.ts'
import { createRedactor, REDACT_ALL } from './redact.ts'

const NO_CHECKS = Object.fromEntries(CAUSE_IDS.map((c) => [c, []])) as Record<CauseId, []>

/** A corpus config with its thread's log, as the page would share it. */
function shared(title: string) {
  const entry = ALL_CORPUS_CONFIGS.find((c) => c.title.startsWith(title))
  if (entry?.log === undefined) throw new Error(`no corpus config with a log: "${title}"`)
  const run = createLogRun({ checks: NO_CHECKS })
  for (const line of entry.log.split('\n')) run.push(line)
  run.end()
  const findings = run.findings().map((d) => d.finding)
  const config = readConfigPaste(entry.text)
  const mistakes = checkConfig(config, { findings }).map(
    ({ check, file, line, directive, confirmed }) => ({ check, file, line, directive, confirmed }),
  )
  return {
    entry,
    share: buildShare({
      text: entry.log,
      findings,
      config: { mistakes, names: configNames(config) },
    }),
  }
}

describe('a link carries the config’s mistakes, redacted like the log, never the config', () => {
  // https://github.com/hypothesis/h/pull/6770: 4096 worker connections, no worker_rlimit_nofile.
  const { entry, share } = shared('4096 worker connections')

  it('each mistake at its place, with its line', () => {
    expect(share.config?.map((m) => `${m.check}@${m.line}`)).toContain(
      'worker-connections-over-nofile@7',
    )
    expect(share.config?.find((m) => m.check === 'worker-connections-over-nofile')?.confirmed).toBe(
      true,
    )
  })

  it('the backend’s name becomes a pseudonym; nothing else of the config travels', () => {
    const json = JSON.stringify(share)
    expect(json).not.toContain('hypothesis.github.io')
    const sni = share.config?.find((m) => m.check === 'ssl-upstream-without-sni')
    expect(sni?.directive).toMatch(/^proxy_pass https:\/\/upstream-[A-Z]$/)
    // A line of the config that is no mistake's is not in the link.
    expect(entry.text).toContain('pid /var/lib/hypothesis/nginx.pid;')
    expect(json).not.toContain('nginx.pid')
  })

  it('survives the link, and a tampered entry is dropped, not the link', () => {
    const back = decodePermalink(encodePermalink(share))
    expect(back.ok && back.diagnosis.config).toEqual(share.config)
    const tampered = restoreDiagnosis({
      v: 1,
      lines: [],
      config: [
        { check: 'not-a-check', file: '', line: 1, directive: 'x', confirmed: true },
        { check: 'proxy-loop', file: '', line: -3, directive: 'x', confirmed: true },
        {
          check: 'proxy-loop',
          file: '/etc/nginx/nginx.conf',
          line: 9,
          directive: 'proxy_pass http://127.0.0.1',
        },
      ],
    })
    expect(tampered?.config).toEqual([
      {
        check: 'proxy-loop',
        file: '/etc/nginx/nginx.conf',
        line: 9,
        directive: 'proxy_pass http://127.0.0.1',
        confirmed: false,
      },
    ])
  })
})

// The rules, one line each (written for the rule, not taken from a thread).
describe('what a config line hides when shared', () => {
  const redact = createRedactor([], REDACT_ALL, {
    sites: ['shop.example.com'],
    upstreams: ['api.internal'],
  })
  it.each([
    [
      'proxy_set_header Authorization "Basic dXNlcjpwYXNz"',
      'proxy_set_header Authorization [redacted]',
    ],
    ['fastcgi_param DB_PASSWORD s3cret', 'fastcgi_param DB_PASSWORD [redacted]'],
    [
      'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name',
      'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name',
    ],
    [
      'proxy_pass http://admin:hunter2@api.internal:8080',
      'proxy_pass http://[redacted]@upstream-A:8080',
    ],
    ['root /home/alice/site/public', 'root /home/[user]/site/public'],
    [
      'ssl_certificate /etc/letsencrypt/live/shop.example.com/fullchain.pem',
      'ssl_certificate /etc/letsencrypt/live/site-1/fullchain.pem',
    ],
    ['auth_basic_user_file /etc/nginx/.htpasswd', 'auth_basic_user_file /etc/nginx/.htpasswd'],
  ])('%s', (line, out) => {
    expect(redactConfigLine(line, redact, REDACT_ALL)).toBe(out)
  })
})
