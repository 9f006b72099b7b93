import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../log/analyze.ts'
import { createFindingsCollector } from '../log/findings.ts'
import { inferSetup } from './infer-setup.ts'

const lab = (id: string): string =>
  readFileSync(new URL(`../../../lab/captured/${id}.log`, import.meta.url), 'utf8')

function setupOf(text: string) {
  const collector = createFindingsCollector()
  for (const r of analyzeText(text)) collector.add(r, r.text)
  return inferSetup(collector.findings())
}

describe('inferSetup', () => {
  it('reads PHP-FPM on the same host from a FastCGI socket', () => {
    const line = lab('socket-missing')
      .split('\n')[0]!
      .replace(/unix:\/tmp\/\S+?\.sock/g, 'unix:/run/php/php8.2-fpm.sock')
    expect(setupOf(line)).toMatchObject({ backend: 'php-fpm', location: 'same-host' })
  })

  it('reads Docker from a compose prefix, and a container from its address', () => {
    const line = lab('refused')
      .split('\n')[0]!
      .replace(/127\.0\.0\.1:(\d+)/g, '172.18.0.3:$1')
    expect(setupOf(`nginx-1  | ${line}`)).toMatchObject({
      runtime: 'docker',
      location: 'container',
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
    expect(setupOf(text)).toMatchObject({ distro: 'rhel', backend: 'python' })
  })

  it('answers nothing it cannot see', () => {
    expect(setupOf('')).toEqual({})
  })
})
