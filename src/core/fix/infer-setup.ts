import type { Finding } from '../log/finding.ts'
import type { SetupAnswers } from './types.ts'

const PRIVATE_CONTAINER = /^172\.(1[6-9]|2\d|3[01])\.|^10\.(4[2-9]|24[0-4])\./
const LOOPBACK = /^(127\.|::1$|localhost$)/

/**
 * The setup answers a log gives away: the backend from the upstream's protocol and socket
 * (`fastcgi://…php8.2-fpm.sock` is PHP-FPM), how it runs from the log's wrapper and from
 * manager lines, where it lives from the upstream address, the distribution from SELinux.
 * Only what the log shows is answered; the rest stays for the person.
 */
export function inferSetup(findings: readonly Finding[]): SetupAnswers {
  const setup: SetupAnswers = {}
  for (const { cause, sample, upstreams } of findings) {
    const upstream = sample.upstream
    const scheme = upstream?.scheme
    const text = sample.message ?? ''
    if (setup.backend === undefined) {
      if (
        scheme === 'fastcgi' ||
        /php[\d.]*-fpm/.test(upstream?.socket ?? '') ||
        cause === 'php-fpm-max-children'
      )
        setup.backend = 'php-fpm'
      else if (scheme === 'uwsgi' || /HARAKIRI|uWSGI/.test(text)) setup.backend = 'uwsgi'
      else if (/WORKER TIMEOUT|gunicorn|Worker \(pid:/.test(text)) setup.backend = 'python'
      else if (/JavaScript heap|PM2|App \[/.test(text)) setup.backend = 'node'
    }
    if (setup.runtime === undefined) {
      const wrapper = sample.extra?.wrapper
      if (wrapper === 'docker-compose') setup.runtime = 'docker'
      else if (
        wrapper === 'kubernetes' ||
        sample.extra?.upstreamName !== undefined ||
        upstream?.host === '0.0.0.1'
      )
        setup.runtime = 'kubernetes'
      else if (/PM2|App \[/.test(text)) setup.runtime = 'pm2'
      else if (sample.source === 'systemd' || wrapper === 'journald') setup.runtime = 'systemd'
    }
    if (setup.location === undefined && upstreams.length > 0) {
      const host = upstream?.socket != null ? 'unix' : (upstream?.host ?? '')
      if (host === 'unix' || LOOPBACK.test(host)) setup.location = 'same-host'
      else if (
        PRIVATE_CONTAINER.test(host) ||
        setup.runtime === 'docker' ||
        setup.runtime === 'kubernetes'
      )
        setup.location = 'container'
      else if (host !== '' && upstream?.port !== null) setup.location = 'other-host'
    }
    if (cause === 'selinux-denied') setup.distro = 'rhel'
  }
  return setup
}
