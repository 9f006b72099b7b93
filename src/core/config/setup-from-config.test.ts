import { describe, expect, it } from 'vitest'
import { CORPUS_CONFIGS } from './corpus/configs.ts'
import { SETUP_CONFIGS } from './corpus/setup-configs.ts'
import { checkConfig } from './check.ts'
import { readConfigPaste } from './dump.ts'
import { setupFromConfig, withConfigSetup } from './setup-from-config.ts'

const answers = (text: string) =>
  Object.fromEntries(
    Object.entries(setupFromConfig(readConfigPaste(text))).map(([q, g]) => [q, g.value]),
  )

describe('the setup a real config shows', () => {
  it.each(SETUP_CONFIGS)('$source', ({ text, setup }) => {
    expect(answers(text)).toEqual(setup)
  })

  it.each(SETUP_CONFIGS)('$source: the checks it raises', ({ text, checks }) => {
    const found = checkConfig(readConfigPaste(text)).map((f) => `${f.check}@${f.line}`)
    expect(found).toEqual(checks)
  })
})

// The broken configs of configs.ts: what their threads show of the setup, and nothing more.
const FROM_CORPUS: readonly [string, Record<string, string>][] = [
  ['php-fpm in another container reached as 127.0.0.1', { backend: 'php-fpm' }],
  ['fastcgi_pass to [::] while PHP-FPM listens on IPv4', { backend: 'php-fpm' }],
  ['Keycloak /auth location with the default 4k header buffer', {}],
]

describe('the setup of the corpus configs', () => {
  it.each(FROM_CORPUS)('%s', (title, setup) => {
    const config = CORPUS_CONFIGS.find((c) => c.title === title)
    if (config === undefined) throw new Error(`no corpus config "${title}"`)
    expect(answers(config.text)).toEqual(setup)
  })

  it('names the line that shows each answer', () => {
    const sentry = CORPUS_CONFIGS.find((c) => c.source.includes('getsentry/self-hosted'))!
    const found = setupFromConfig(readConfigPaste(sentry.text))
    expect(found.runtime).toEqual({
      value: 'docker',
      clue: 'config-docker-dns',
      evidence: 'resolver 127.0.0.11 valid=10s ipv6=off;',
    })
    const sabre = CORPUS_CONFIGS.find((c) => c.source.includes('linagora/esn-sabre'))!
    expect(setupFromConfig(readConfigPaste(sabre.text)).backend).toMatchObject({
      value: 'php-fpm',
      clue: 'config-php-socket',
    })
  })
})

describe('near misses: what does not show a setup', () => {
  it.each([
    ['an nginx ${var} in lower case', 'location / { proxy_pass http://${backend}:8080; }'],
    ['a group name', 'upstream app { server 10.0.0.5:80; }\nlocation / { proxy_pass http://app; }'],
    ['a dotted host name', 'location / { proxy_pass http://api.example.com:8080; }'],
    ['localhost', 'location / { proxy_pass http://localhost:3000; }'],
    ['a public resolver', 'resolver 8.8.8.8;\nlocation / { proxy_pass https://example.com; }'],
  ])('%s', (_, text) => {
    expect(answers(text)).toEqual({})
  })
})

describe('joined with the log’s guesses', () => {
  const docker = setupFromConfig(readConfigPaste('resolver 127.0.0.11;'))
  it('fills what the log left open', () => {
    expect(withConfigSetup({}, docker).runtime?.value).toBe('docker')
  })
  it('the log’s own answer stands', () => {
    const log = { runtime: { value: 'systemd', clue: 'journald-prefix', evidence: 'x' } } as const
    expect(withConfigSetup(log, docker).runtime?.value).toBe('systemd')
  })
  it('a container in the config beats "same machine" read from a loopback address', () => {
    const log = {
      location: { value: 'same-host', clue: 'loopback-upstream', evidence: '127.0.0.1:9000' },
    } as const
    expect(withConfigSetup(log, docker).location).toMatchObject({
      value: 'container',
      clue: 'config-docker-dns',
    })
  })
})
