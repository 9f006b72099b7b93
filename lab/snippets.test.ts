/**
 * Every nginx snippet of the cause guides, filled with sample values, wrapped in a minimal
 * configuration at its context and checked with the real `nginx -t`. A snippet that nginx
 * rejects would be a fix that breaks the user's reload, so none may fail. Set KEEP_SNIPPETS=1 to
 * keep the generated configurations (a nginx-502-doctor-snippets-* folder in the OS temp dir).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fillTemplate } from '../src/core/fix/fill-template.ts'
import type { SnippetStep } from '../src/core/fix/types.ts'
import { CAUSE_GUIDES } from '../src/content/guides/index.ts'
import { findNginx } from './nginx.ts'
import { SAMPLE_SLOTS } from '../src/content/sample-slots.ts'

const SAMPLE = SAMPLE_SLOTS

interface Case {
  name: string
  snippet: SnippetStep
}

function nginxSnippets(): Case[] {
  const cases: Case[] = []
  for (const guide of Object.values(CAUSE_GUIDES)) {
    const steps = [...guide.confirm, ...guide.fix.flatMap((option) => option.steps)]
    let n = 0
    for (const step of steps) {
      if (step.kind !== 'snippet' || step.language !== 'nginx') continue
      n += 1
      const where = step.when === undefined ? '' : ` ${JSON.stringify(step.when)}`
      cases.push({ name: `${guide.cause} #${n} (${step.context})${where}`, snippet: step })
    }
  }
  return cases
}

let prefix = ''
let nginx = ''
let counter = 0
let testCert: { cert: string; key: string } | null = null

/** A self-signed certificate and key, made once, for directives that load one at -t time. */
function certificate(): { cert: string; key: string } {
  if (testCert !== null) return testCert
  const cert = path.join(prefix, 'test-cert.pem')
  const key = path.join(prefix, 'test-key.pem')
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=example.test',
    ].concat(['-keyout', key, '-out', cert]),
    { encoding: 'utf8', timeout: 60_000 },
  )
  if (made.status !== 0)
    throw new Error(`openssl could not make a test certificate: ${made.stderr}`)
  testCert = { cert, key }
  return testCert
}

// Directives whose file argument nginx opens while testing the configuration. Every such file
// is moved into the temporary prefix (copied when it exists here, made up otherwise), so the
// test never writes outside the prefix and never depends on this machine's /etc.
const FILE_DIRECTIVE =
  /^(\s*)(include|access_log|error_log|proxy_ssl_trusted_certificate|proxy_ssl_certificate|proxy_ssl_certificate_key|ssl_certificate|ssl_certificate_key|ssl_trusted_certificate)(\s+)(\S+?)(;|\s)/gm

function localFile(directive: string, original: string, dir: string): string {
  if (original === 'off' || original === 'stderr' || original.startsWith('syslog:')) return original
  const base = path.basename(original).replace(/[^\w.-]/g, '_')
  const target = path.join(dir, base)
  switch (directive) {
    case 'access_log':
    case 'error_log':
      return target
    case 'proxy_ssl_certificate_key':
    case 'ssl_certificate_key':
      copyFileSync(certificate().key, target)
      return target
    case 'proxy_ssl_trusted_certificate':
    case 'proxy_ssl_certificate':
    case 'ssl_certificate':
    case 'ssl_trusted_certificate':
      copyFileSync(certificate().cert, target)
      return target
    default: {
      // include: a relative name is looked up next to nginx.conf; use the system's copy when
      // there is one (fastcgi_params, uwsgi_params, proxy_params), an empty file otherwise.
      const system = path.isAbsolute(original) ? original : path.join('/etc/nginx', original)
      if (existsSync(system) && !original.includes('*')) copyFileSync(system, target)
      else writeFileSync(target, '')
      return target
    }
  }
}

function relocateFiles(text: string, dir: string): string {
  return text.replace(
    FILE_DIRECTIVE,
    (_all, pad: string, name: string, gap: string, arg: string, end: string) => {
      return `${pad}${name}${gap}${localFile(name, arg, dir)}${end}`
    },
  )
}

const indent = (text: string, pad: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n')

/** The snippet inside a minimal nginx.conf, at the context it declares. */
function wrap(snippet: SnippetStep, text: string): string {
  const definesGroup = new RegExp(`^\\s*upstream\\s+${SAMPLE.group}\\s*\\{`, 'm').test(text)
  const hasServerLine = /^\s*server\s+[^{\s]+.*;/m.test(text)
  const upstream = definesGroup
    ? []
    : snippet.context === 'upstream'
      ? [
          `upstream ${SAMPLE.group} {`,
          ...(hasServerLine ? [] : [`    server ${SAMPLE.address};`]),
          indent(text, '    '),
          '}',
        ]
      : [`upstream ${SAMPLE.group} {`, `    server ${SAMPLE.address};`, '}']
  const temp = [
    'client_body_temp_path tmp/body;',
    'proxy_temp_path tmp/proxy;',
    'fastcgi_temp_path tmp/fastcgi;',
    'uwsgi_temp_path tmp/uwsgi;',
    'scgi_temp_path tmp/scgi;',
  ]
  const server = (inner: string[]): string[] => [
    'server {',
    '    listen 127.0.0.1:8080;',
    `    server_name ${SAMPLE.server};`,
    ...inner.map((line) => indent(line, '    ')),
    '}',
  ]
  let http: string[]
  let main: string[] = []
  switch (snippet.context) {
    case 'file': // a top-level excerpt of nginx.conf (worker and events settings)
      main = [text]
      http = [...upstream, ...server([])]
      break
    case 'http':
      http = [...upstream, text, ...server([])]
      break
    case 'server':
      http = [...upstream, ...server([text])]
      break
    case 'location':
      http = [...upstream, ...server([`location ${SAMPLE.location} {`, indent(text, '    '), '}'])]
      break
    case 'upstream':
      http = [
        ...upstream,
        ...server([`location / {`, `    proxy_pass http://${SAMPLE.group};`, '}']),
      ]
      break
  }
  const events = /^\s*events\s*\{/m.test(text) ? [] : ['events {}']
  return [
    'pid logs/nginx.pid;',
    'error_log logs/error.log;',
    ...main,
    ...events,
    'http {',
    ...temp.map((line) => `    ${line}`),
    indent(http.join('\n'), '    '),
    '}',
    '',
  ].join('\n')
}

function nginxTest(snippet: SnippetStep): { ok: boolean; output: string; config: string } {
  counter += 1
  const dir = path.join(prefix, `case-${counter}`)
  for (const sub of ['conf', 'logs', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true })
  const filled = fillTemplate(snippet.text, SAMPLE)
  const config = wrap(snippet, relocateFiles(filled, path.join(dir, 'conf')))
  const confFile = path.join(dir, 'conf', 'nginx.conf')
  writeFileSync(confFile, config)
  const result = spawnSync(
    nginx,
    ['-t', '-q', '-p', `${dir}/`, '-c', confFile, '-e', path.join(dir, 'logs', 'error.log')],
    { encoding: 'utf8', timeout: 30_000 },
  )
  return { ok: result.status === 0, output: `${result.stderr}${result.stdout}`.trim(), config }
}

const CASES = nginxSnippets()

describe('nginx snippets of the cause guides pass the real nginx -t', () => {
  beforeAll(() => {
    nginx = findNginx()
    prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-502-doctor-snippets-'))
  })

  afterAll(() => {
    if (prefix !== '' && process.env['KEEP_SNIPPETS'] === undefined)
      rmSync(prefix, { recursive: true, force: true })
  })

  it('there are snippets to check', () => {
    expect(CASES.length).toBeGreaterThan(20)
  })

  it('the wrapper itself is valid, and nginx -t really rejects a broken snippet', () => {
    const plain: SnippetStep = {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      text: `proxy_pass http://${SAMPLE.group};`,
    }
    expect(nginxTest(plain)).toMatchObject({ ok: true })
    // The classic trap: a bigger header buffer alone breaks the busy-buffers rule.
    const trap: SnippetStep = {
      ...plain,
      text: `proxy_pass http://${SAMPLE.group};\nproxy_buffer_size 32k;`,
    }
    const result = nginxTest(trap)
    expect(result.ok).toBe(false)
    expect(result.output).toContain('proxy_busy_buffers_size')
  })

  it.each(CASES)('$name', ({ snippet }) => {
    const result = nginxTest(snippet)
    if (!result.ok) {
      throw new Error(`nginx -t failed:\n${result.output}\n--- configuration ---\n${result.config}`)
    }
  })
})
