/**
 * How often each fix is the one that really fixed a cause, per setup and evidence: the page
 * and the command line order every guide's fixes by it (core/fix/order.ts). Counted from the
 * real incidents in core/log/corpus/incidents-*.ts (the thread's resolution, `fixes`), and,
 * where they are few, from the threads behind the guides; the comments give the counts.
 * Weights are relative within a cause. Every fix a guide offers has at least one row.
 */
import type { CauseId } from '../core/causes.ts'
import type { FixOdds } from '../core/fix/order.ts'

const CONTAINER = { location: ['container'] } as const
const HOST = { location: ['same-host', 'other-host'] } as const
const PHP = { backend: ['php-fpm'] } as const

/** The fix-order rows of every cause. */
export const FIX_ODDS: Readonly<Record<CauseId, readonly FixOdds[]>> = {
  // 17 incidents, 13 in containers: nginx's own loopback (use-service-name 3), a recreated
  // container's new address (re-resolve 3), the backend's own config: another port, file or
  // listen address (fix-backend-config 5, 3 of them on one host), a backend bound to its
  // container's loopback (1), a crash (1). On one host a stopped backend is the usual case.
  'upstream-refused': [
    { fix: 'use-service-name', weight: 9, when: CONTAINER, evidence: ['loopback-upstream'] },
    { fix: 'use-service-name', weight: 4, when: CONTAINER },
    { fix: 'bind-all-interfaces', weight: 6, when: CONTAINER },
    { fix: 're-resolve-upstream', weight: 5.5, when: CONTAINER },
    { fix: 'fix-backend-config', weight: 5, when: CONTAINER },
    { fix: 'fix-backend-crash', weight: 4, when: CONTAINER },
    { fix: 'start-backend', weight: 6, when: HOST },
    { fix: 'start-backend', weight: 3.5 },
    { fix: 'fix-backend-config', weight: 4.5 },
    { fix: 'point-to-listening-address', weight: 3 },
    { fix: 'restart-policy', weight: 2 },
    { fix: 'fix-backend-crash', weight: 1.5 },
    { fix: 'ready-before-traffic', weight: 1.5 },
    { fix: 'match-upstream-protocol', weight: 1 },
    { fix: 'match-upstream-protocol', weight: 6, evidence: ['http-to-fastcgi-port'] },
    { fix: 'open-network-path', weight: 1, when: CONTAINER },
    { fix: 'use-ipv4-loopback', weight: 0.5 },
    { fix: 'upgrade-backend', weight: 0.5 },
    { fix: 'retry-next-upstream', weight: 0.5 },
  ],
  // 5 incidents: all use-ipv4-loopback.
  'upstream-refused-ipv6': [
    { fix: 'use-ipv4-loopback', weight: 10 },
    { fix: 'bind-all-interfaces', weight: 3 },
    { fix: 'resolver-ipv4-only', weight: 1 },
  ],
  // 2 incidents: a container that kept dying (its address routes nowhere), an IPv6 address
  // the host cannot reach.
  'upstream-unreachable': [
    { fix: 'resolver-ipv4-only', weight: 10, evidence: ['ipv6-upstream'] },
    { fix: 'open-network-path', weight: 6, when: { location: ['other-host'] } },
    { fix: 'open-network-path', weight: 4 },
    { fix: 'fix-backend-crash', weight: 5, when: CONTAINER },
    { fix: 're-resolve-upstream', weight: 4.5, when: CONTAINER },
    { fix: 're-resolve-upstream', weight: 2.5 },
    { fix: 'start-backend', weight: 3 },
    { fix: 'use-service-name', weight: 3, when: CONTAINER },
    { fix: 'fix-backend-crash', weight: 1.5 },
    { fix: 'tune-max-fails', weight: 1 },
  ],
  // 1 incident (a Kubernetes network path). On one host a full accept queue is the usual case.
  'upstream-connect-timeout': [
    { fix: 'open-network-path', weight: 6 },
    { fix: 'more-backend-workers', weight: 7, when: { location: ['same-host'] } },
    { fix: 'raise-socket-backlog', weight: 5, when: { location: ['same-host'] } },
    { fix: 'more-backend-workers', weight: 3 },
    { fix: 're-resolve-upstream', weight: 3, when: CONTAINER },
    { fix: 'raise-socket-backlog', weight: 2 },
    { fix: 'fail-fast', weight: 2 },
    { fix: 're-resolve-upstream', weight: 1.5 },
    { fix: 'retry-next-upstream', weight: 1 },
    { fix: 'tune-max-fails', weight: 1 },
  ],
  // 2 incidents: raise-read-timeout first in both (then align-front-timeouts, speed-up-backend).
  'upstream-read-timeout': [
    { fix: 'websocket-upgrade-headers', weight: 10, evidence: ['websocket'] },
    { fix: 'raise-read-timeout', weight: 6 },
    { fix: 'speed-up-backend', weight: 5 },
    { fix: 'align-front-timeouts', weight: 6.5, when: { front: ['cloudflare', 'cloud-lb'] } },
    { fix: 'raise-pm-max-children', weight: 3, when: PHP },
    { fix: 'more-backend-workers', weight: 2 },
    { fix: 'kill-stuck-workers', weight: 1.5 },
    { fix: 'align-front-timeouts', weight: 1 },
    { fix: 'websocket-upgrade-headers', weight: 0.5 },
  ],
  // 4 incidents: Jetty's idle time-out (align-keepalive), a protocol mismatch, a slow request,
  // `Connection: upgrade` forced on every request.
  'upstream-premature-close': [
    { fix: 'websocket-upgrade-headers', weight: 10, evidence: ['websocket'] },
    { fix: 'uwsgi-buffer-size', weight: 10, evidence: ['uwsgi-block-size'] },
    { fix: 'align-keepalive-timeouts', weight: 5, when: { backend: ['node', 'java', 'other'] } },
    { fix: 'align-keepalive-timeouts', weight: 4 },
    { fix: 'match-upstream-protocol', weight: 6, when: { backend: ['uwsgi'] } },
    { fix: 'raise-read-timeout', weight: 4.5, when: { backend: ['python', 'uwsgi', 'php-fpm'] } },
    { fix: 'raise-read-timeout', weight: 2.5 },
    { fix: 'speed-up-backend', weight: 3, when: { backend: ['python', 'uwsgi', 'php-fpm'] } },
    { fix: 'speed-up-backend', weight: 2 },
    { fix: 'fix-backend-crash', weight: 2.5 },
    { fix: 'match-upstream-protocol', weight: 2 },
    { fix: 'dont-force-connection-upgrade', weight: 2 },
    { fix: 'http11-keepalive-headers', weight: 1.5 },
    { fix: 'uwsgi-buffer-size', weight: 2, when: { backend: ['uwsgi'] } },
    { fix: 'restart-policy', weight: 1 },
    { fix: 'retry-next-upstream', weight: 1 },
    { fix: 'fix-backend-response', weight: 1 },
    { fix: 'upgrade-backend', weight: 1 },
    { fix: 'websocket-upgrade-headers', weight: 0.5 },
    { fix: 'uwsgi-buffer-size', weight: 0.5 },
  ],
  // 1 incident: PHP-FPM children killed by a crashing extension reset the connections.
  'upstream-reset': [
    { fix: 'websocket-upgrade-headers', weight: 10, evidence: ['websocket'] },
    { fix: 'match-upstream-protocol', weight: 9, evidence: ['http-to-fastcgi-port'] },
    { fix: 'disable-php-extension', weight: 7, when: PHP },
    { fix: 'upgrade-backend', weight: 4, when: PHP },
    {
      fix: 'align-keepalive-timeouts',
      weight: 5,
      when: { backend: ['node', 'java', 'python', 'other'] },
    },
    { fix: 'align-keepalive-timeouts', weight: 4 },
    { fix: 'fix-backend-crash', weight: 3 },
    { fix: 'raise-read-timeout', weight: 2.5 },
    { fix: 'match-upstream-protocol', weight: 2 },
    { fix: 'http11-keepalive-headers', weight: 2 },
    { fix: 'remove-upstream-keepalive', weight: 1.5 },
    { fix: 'upgrade-backend', weight: 1 },
    { fix: 'disable-php-extension', weight: 0.5 },
    { fix: 'restart-policy', weight: 1 },
    { fix: 'retry-next-upstream', weight: 1 },
    { fix: 'websocket-upgrade-headers', weight: 0.5 },
  ],
  'upstream-broken-pipe': [
    { fix: 'uwsgi-buffer-size', weight: 6, when: { backend: ['uwsgi'] } },
    { fix: 'fix-backend-config', weight: 4 },
    { fix: 'align-keepalive-timeouts', weight: 3 },
    { fix: 'fix-backend-crash', weight: 2 },
    { fix: 'restart-policy', weight: 1 },
    { fix: 'uwsgi-buffer-size', weight: 0.5 },
  ],
  // 10 incidents: all raise-header-buffers (one then shrink-response-headers).
  'header-too-big': [
    { fix: 'raise-header-buffers', weight: 10 },
    { fix: 'shrink-response-headers', weight: 3 },
    { fix: 'fix-php-error', weight: 2, when: PHP },
  ],
  // 4 incidents: the wrong protocol for the port (2), FastCGI keep-alive PHP-FPM cannot do,
  // a backend bug fixed upstream.
  'invalid-response': [
    { fix: 'match-upstream-protocol', weight: 6 },
    { fix: 'remove-upstream-keepalive', weight: 5, when: PHP },
    { fix: 'fix-backend-response', weight: 3 },
    { fix: 'upgrade-backend', weight: 2 },
    { fix: 'remove-upstream-keepalive', weight: 1 },
  ],
  // 1 incident (a generated `server … down`); the group's own failures are shown first.
  'no-live-upstreams': [
    { fix: 'fix-ingress-endpoints', weight: 9, when: { runtime: ['kubernetes'] } },
    { fix: 'start-backend', weight: 5 },
    { fix: 'point-to-listening-address', weight: 4.5, when: CONTAINER },
    { fix: 'tune-max-fails', weight: 4 },
    { fix: 'point-to-listening-address', weight: 3 },
    { fix: 'remove-server-down', weight: 1.5 },
    { fix: 'use-ipv4-loopback', weight: 1 },
  ],
  // 10 incidents: fix-socket-path 9, start-backend 1.
  'socket-missing': [
    { fix: 'fix-socket-path', weight: 9 },
    { fix: 'start-backend', weight: 4 },
    { fix: 'fix-backend-config', weight: 2 },
    { fix: 'point-to-listening-address', weight: 1.5 },
    { fix: 'restart-policy', weight: 1 },
  ],
  // 6 incidents: fix-socket-permissions 5 (all sockets), selinux-allow-connect 1 (TCP, RHEL).
  'permission-denied': [
    { fix: 'fix-socket-permissions', weight: 8, evidence: ['unix-socket'] },
    { fix: 'selinux-allow-connect', weight: 7, when: { distro: ['rhel'] } },
    { fix: 'selinux-allow-connect', weight: 3 },
    { fix: 'fix-socket-permissions', weight: 2 },
  ],
  // 1 incident: no resolver for a variable proxy_pass in Docker.
  'dns-no-resolver': [
    { fix: 'add-resolver', weight: 8 },
    { fix: 'point-to-listening-address', weight: 3 },
  ],
  // 6 incidents: the resolver did not answer (3), nginx started before the name existed (2),
  // a wrong name (1).
  'dns-resolve-failed': [
    { fix: 'fix-resolver-address', weight: 8, evidence: ['resolver-timeout'] },
    { fix: 'ready-before-traffic', weight: 7, when: CONTAINER, evidence: ['host-not-found'] },
    { fix: 'fix-upstream-name', weight: 6.5, evidence: ['host-not-found'] },
    { fix: 'fix-upstream-name', weight: 6, evidence: ['name-unknown'] },
    { fix: 'fix-upstream-name', weight: 4 },
    { fix: 'fix-resolver-address', weight: 4 },
    { fix: 'ready-before-traffic', weight: 3, when: CONTAINER },
    { fix: 're-resolve-upstream', weight: 3, evidence: ['host-not-found'] },
    { fix: 'add-resolver', weight: 2 },
    { fix: 're-resolve-upstream', weight: 1.5 },
    { fix: 'ready-before-traffic', weight: 1 },
    { fix: 'resolver-ipv4-only', weight: 1 },
  ],
  // 4 incidents: SNI (3), the backend's CA (1).
  'upstream-ssl': [
    { fix: 'match-upstream-protocol', weight: 9, evidence: ['tls-wrong-version'] },
    { fix: 'trust-upstream-ca', weight: 9, evidence: ['tls-verify-failed'] },
    { fix: 'proxy-ssl-server-name', weight: 9, evidence: ['tls-handshake-failure'] },
    { fix: 'proxy-ssl-server-name', weight: 6 },
    { fix: 'trust-upstream-ca', weight: 4 },
    { fix: 'match-upstream-protocol', weight: 3 },
    { fix: 'match-tls-settings', weight: 2 },
  ],
  // 1 incident: the PHP fatal error itself.
  'fastcgi-stderr': [
    { fix: 'fix-script-filename', weight: 9, evidence: ['primary-script-unknown'] },
    { fix: 'fix-php-error', weight: 9, evidence: ['php-fatal'] },
    { fix: 'fix-php-error', weight: 5 },
    { fix: 'fix-script-filename', weight: 4 },
  ],
  // 4 incidents, each named by its errno: worker_connections, open files, a uWSGI queue of
  // stuck workers, a PHP-FPM socket queue.
  'resource-exhaustion': [
    { fix: 'raise-worker-connections', weight: 10, evidence: ['worker-connections'] },
    { fix: 'raise-nofile', weight: 10, evidence: ['too-many-files'] },
    { fix: 'widen-ephemeral-ports', weight: 10, evidence: ['ports-exhausted'] },
    { fix: 'raise-socket-backlog', weight: 9, evidence: ['socket-queue-full'] },
    {
      fix: 'kill-stuck-workers',
      weight: 9.5,
      when: { backend: ['uwsgi'] },
      evidence: ['socket-queue-full'],
    },
    { fix: 'raise-pm-max-children', weight: 6, when: PHP, evidence: ['socket-queue-full'] },
    { fix: 'more-backend-workers', weight: 5, evidence: ['socket-queue-full'] },
    { fix: 'raise-worker-connections', weight: 3 },
    { fix: 'raise-nofile', weight: 3 },
    { fix: 'raise-socket-backlog', weight: 2 },
    { fix: 'kill-stuck-workers', weight: 1.5 },
    { fix: 'more-backend-workers', weight: 1.5 },
    { fix: 'raise-pm-max-children', weight: 1 },
    { fix: 'widen-ephemeral-ports', weight: 1 },
  ],
  // 1 incident: raise-pm-max-children.
  'php-fpm-max-children': [
    { fix: 'raise-pm-max-children', weight: 8 },
    { fix: 'kill-stuck-workers', weight: 4 },
    { fix: 'speed-up-backend', weight: 3 },
    { fix: 'reduce-backend-memory', weight: 2 },
    { fix: 'raise-socket-backlog', weight: 1 },
  ],
  // 1 incident: add-memory. Threads split between more memory and fewer or smaller workers.
  'oom-kill': [
    { fix: 'add-memory', weight: 5 },
    { fix: 'reduce-backend-memory', weight: 4.5 },
    { fix: 'fix-backend-crash', weight: 2 },
    { fix: 'restart-policy', weight: 2 },
  ],
  // 1 incident: selinux-allow-connect.
  'selinux-denied': [{ fix: 'selinux-allow-connect', weight: 10 }],
  // 22 incidents, most told apart by the backend's own line: uWSGI's block size (5), a worker
  // time-out (3), a segfaulting extension (2), EADDRINUSE (2), a start limit; without such a
  // line, the backend's own config (5) and a runtime too old (2) come next to its error.
  'backend-crash': [
    { fix: 'uwsgi-buffer-size', weight: 10, evidence: ['uwsgi-block-size'] },
    { fix: 'move-port-conflict', weight: 10, evidence: ['address-in-use'] },
    { fix: 'raise-read-timeout', weight: 9, evidence: ['worker-timeout'] },
    { fix: 'disable-php-extension', weight: 8, when: PHP, evidence: ['segfault'] },
    { fix: 'start-backend', weight: 8, evidence: ['start-limit'] },
    { fix: 'reduce-backend-memory', weight: 7, evidence: ['sigkill'] },
    { fix: 'add-memory', weight: 6.5, evidence: ['heap-exhausted'] },
    { fix: 'upgrade-backend', weight: 6, evidence: ['segfault'] },
    { fix: 'reduce-backend-memory', weight: 5.5, evidence: ['heap-exhausted'] },
    { fix: 'fix-backend-config', weight: 4.5, when: PHP },
    { fix: 'kill-stuck-workers', weight: 3, evidence: ['worker-timeout'] },
    { fix: 'fix-backend-crash', weight: 4 },
    { fix: 'start-backend', weight: 2 },
    { fix: 'fix-backend-config', weight: 3.5 },
    { fix: 'upgrade-backend', weight: 2.5 },
    { fix: 'restart-policy', weight: 2 },
    { fix: 'raise-read-timeout', weight: 1 },
    { fix: 'uwsgi-buffer-size', weight: 1, when: { backend: ['uwsgi'] } },
    { fix: 'disable-php-extension', weight: 1, when: PHP },
    { fix: 'add-memory', weight: 0.5 },
    { fix: 'reduce-backend-memory', weight: 0.5 },
    { fix: 'kill-stuck-workers', weight: 0.5 },
    { fix: 'move-port-conflict', weight: 0.5 },
    { fix: 'retry-next-upstream', weight: 0.5 },
  ],
  'access-log-502': [
    { fix: 'align-front-timeouts', weight: 8, when: { front: ['cloud-lb'] } },
    { fix: 'bypass-cdn-origin', weight: 8, when: { front: ['cloudflare'] } },
    { fix: 'align-front-timeouts', weight: 3 },
    { fix: 'bypass-cdn-origin', weight: 3 },
  ],
}
