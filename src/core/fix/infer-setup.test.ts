import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INCIDENTS } from '../log/corpus/index.ts'
import { analyzeText } from '../log/analyze.ts'
import { createFindingsCollector } from '../log/findings.ts'
import { inferSetup, setupInEffect } from './infer-setup.ts'

const lab = (id: string): string =>
  readFileSync(new URL(`../../../lab/captured/${id}.log`, import.meta.url), 'utf8')

function inferredOf(text: string) {
  const collector = createFindingsCollector()
  for (const r of analyzeText(text)) collector.add(r, r.text)
  return inferSetup(collector.findings())
}

const setupOf = (text: string) => setupInEffect(inferredOf(text), {})

const pasteOf = (title: string): string => INCIDENTS.find((i) => i.title === title)!.paste

describe('inferSetup', () => {
  it('reads PHP-FPM on the same host from a FastCGI socket, and says so', () => {
    const line = lab('socket-missing')
      .split('\n')[0]!
      .replace(/unix:\/tmp\/\S+?\.sock/g, 'unix:/run/php/php8.2-fpm.sock')
    expect(inferredOf(line)).toMatchObject({
      backend: { value: 'php-fpm', clue: 'php-socket', evidence: '/run/php/php8.2-fpm.sock' },
      location: { value: 'same-host', clue: 'unix-socket' },
    })
  })

  it('never puts the backend on the nginx machine from 127.0.0.1 when compose wraps the log', () => {
    // https://github.com/verifywise-ai/verifywise/issues/3698: nginx in its container, localhost.
    const inferred = inferredOf(
      pasteOf('frontend nginx container proxied to its own localhost:3000'),
    )
    expect(inferred.runtime).toMatchObject({ value: 'docker', clue: 'compose-prefix' })
    expect(inferred.location).toMatchObject({ value: 'container', clue: 'compose-prefix' })
  })

  it('reads Docker from its DNS at 127.0.0.11', () => {
    const paste = INCIDENTS.find((i) => i.paste.includes('resolver: 127.0.0.11'))!.paste
    expect(inferredOf(paste).runtime).toMatchObject({ value: 'docker', clue: 'docker-dns' })
  })

  it('reads a container from its address', () => {
    const line = lab('refused')
      .split('\n')[0]!
      .replace(/127\.0\.0\.1:(\d+)/g, '172.18.0.3:$1')
    expect(inferredOf(line).location).toMatchObject({
      value: 'container',
      clue: 'container-address',
      evidence: expect.stringContaining('172.18.0.3') as unknown,
    })
  })

  it('reads another host from a remote address', () => {
    const line = lab('refused')
      .split('\n')[0]!
      .replace(/127\.0\.0\.1:(\d+)/g, '203.0.113.9:$1')
    expect(setupOf(line)).toEqual({ location: 'other-host' })
  })

  it('reads RHEL from an SELinux denial and python from gunicorn', () => {
    const text = [
      'type=AVC msg=audit(1712582865.123:456): avc:  denied  { name_connect } for  pid=1234 comm="nginx" dest=8000 scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:object_r:http_port_t:s0 tclass=tcp_socket permissive=0',
      '[2026-11-22 02:25:27 +0000] [41] [CRITICAL] WORKER TIMEOUT (pid:57)',
    ].join('\n')
    expect(inferredOf(text)).toMatchObject({
      distro: { value: 'rhel', clue: 'selinux-denial' },
      backend: { value: 'python', clue: 'gunicorn-lines', evidence: 'WORKER TIMEOUT' },
    })
  })

  it('sets aside the guesses the person is not sure of, under their own answers', () => {
    const inferred = inferredOf(
      pasteOf('frontend nginx container proxied to its own localhost:3000'),
    )
    expect(setupInEffect(inferred, { backend: 'node' }, ['location'])).toEqual({
      runtime: 'docker',
      backend: 'node',
    })
  })

  it('answers nothing it cannot see', () => {
    expect(inferredOf('')).toEqual({})
  })
})
