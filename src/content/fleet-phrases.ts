import type { CauseId } from '../core/causes.ts'
import type { Phrase } from '../core/queries/index.ts'

/**
 * For every cause, the exact wording that marks it on a log line, to find the same cause
 * across a fleet (`fleetQueries`). A phrase is a literal text, or texts that must all appear
 * in that order; a line with any one phrase of a cause is a match. Taken from nginx's source
 * (nginx/nginx at 3f6f7824, `src/http/ngx_http_upstream.c`, `src/event/ngx_event_connect.c`,
 * `ngx_event_openssl.c`, `src/core/ngx_resolver.c`, the proxy and FastCGI modules; see
 * `shared/reference/nginx-upstream-errors.md`) and, for the causes other programs report,
 * from the rules in `src/core/log/classify/programs/`. `fleet-phrases.test.ts` proves each
 * phrase occurs in real lines of its cause and in no real line of another.
 *
 * nginx writes `(errno: strerror text)` between the message and `while ...`: the number and
 * the text differ by system (Linux 110 "Connection timed out" with glibc, "Operation timed
 * out" with musl, as in nginx:alpine; FreeBSD 60; Windows 10060). Phrases keep to the part
 * of the text every libc shares (`Connection refused)`), or skip the errno with parts
 * (`upstream timed out (` ... `) while connecting to upstream`).
 */
export const FLEET_PHRASES: Readonly<Record<CauseId, readonly Phrase[]>> = {
  // ngx_event_connect.c `connect() failed` / `connect() to %V failed`. The IPv6 cause is the
  // same refusal at an `[::1]` address: this query finds those lines too (allowed overlap).
  'upstream-refused': [
    'Connection refused) while connecting to upstream',
    // nginx for Windows: WSAECONNREFUSED (10061).
    'actively refused it) while connecting to upstream',
  ],
  'upstream-refused-ipv6': [
    ['Connection refused) while connecting to upstream', 'upstream: "', '[::1]'],
    // Node 17+ resolving localhost to ::1 (the backend's own client, not nginx).
    'connect ECONNREFUSED ::1:',
  ],
  'upstream-unreachable': [
    'No route to host) while connecting to upstream',
    // musl's text for EHOSTUNREACH.
    'Host is unreachable) while connecting to upstream',
    'Network is unreachable) while connecting to upstream',
    'Host is down) while connecting to upstream',
  ],
  'upstream-connect-timeout': [
    // ngx_http_upstream.c `upstream timed out` with NGX_ETIMEDOUT, any errno text.
    ['upstream timed out (', ') while connecting to upstream'],
    // The kernel gave up on the SYN first: `connect() failed (110: ...)`.
    ['connect() failed (', 'timed out) while connecting to upstream'],
  ],
  'upstream-read-timeout': [
    ['upstream timed out (', ') while reading'],
    ['upstream timed out (', ') while sending request to upstream'],
  ],
  'upstream-premature-close': ['upstream prematurely closed'],
  'upstream-reset': [
    'Connection reset by peer) while reading response header from upstream',
    'Connection reset by peer) while reading upstream',
    ['connect() failed (', 'Connection reset by peer) while connecting to upstream'],
  ],
  'upstream-broken-pipe': ['Broken pipe) while sending request to upstream'],
  'header-too-big': ['upstream sent too big header'],
  'invalid-response': [
    // ngx_http_proxy_module.c, ngx_http_fastcgi_module.c, ngx_http_upstream.c (the errors that
    // return NGX_HTTP_UPSTREAM_INVALID_HEADER; the `..., ignored` duplicates are warnings).
    'upstream sent invalid',
    'upstream sent no valid HTTP/1.0 header',
    'upstream sent unsupported FastCGI protocol version',
    'upstream sent unexpected FastCGI',
    'upstream rejected request',
    'upstream sent duplicate header line: "Transfer-Encoding:',
  ],
  'no-live-upstreams': [
    'no live upstreams',
    // ingress-nginx's placeholder for a Service without endpoints, and its controller's word.
    'connect() to 0.0.0.1:',
    'does not have any active Endpoint',
    // Lua balancers (ingress-nginx, Kong, APISIX) and Tengine.
    'error while setting current upstream peer',
    'no peer was returned',
    'failed to pick server',
    'upstream servers are busy or encounter error',
  ],
  // ENOENT from connect() happens only on a unix socket.
  'socket-missing': ['No such file or directory) while connecting to upstream'],
  'permission-denied': [
    'Permission denied) while connecting to upstream',
    // readv() on a socket it may not read; not open() of a temporary file (`open() "..."`).
    ['() failed (', 'Permission denied) while reading upstream'],
  ],
  // With `, client:` it is a request's upstream, not OCSP stapling's responder (a look-alike).
  'dns-no-resolver': [['no resolver defined to resolve ', ', client: ']],
  'dns-resolve-failed': [
    // ngx_resolver.c `%V could not be resolved (%i: %s)`, and its send()/recv() failures.
    ' could not be resolved (',
    ') while resolving, resolver: ',
    // ngx_http_upstream_round_robin.c at start-up or reload.
    'host not found in upstream "',
    'unexpected response for ',
    'failed the initial dns/balancer resolve',
    'DNS resolution failed: ',
  ],
  'upstream-ssl': [
    ['SSL_do_handshake() failed', ' while SSL handshaking to upstream'],
    ['peer closed connection in SSL handshake', ' while SSL handshaking to upstream'],
    // `upstream SSL certificate verify error` and `... does not match "%V"`.
    'upstream SSL certificate ',
    'lua ssl certificate verify error',
  ],
  // ngx_http_fastcgi_module.c `FastCGI sent in stderr: "%*s"`: PHP's errors, and the script
  // PHP-FPM could not find. Only its troubled messages: a plain debug print is not evidence.
  'fastcgi-stderr': [
    'FastCGI sent in stderr: "Primary script unknown"',
    'FastCGI sent in stderr: "Unable to open primary script',
    ['FastCGI sent in stderr: "', 'PHP Fatal error'],
    ['FastCGI sent in stderr: "', 'PHP Warning'],
    ['FastCGI sent in stderr: "', 'PHP Notice'],
  ],
  'resource-exhaustion': [
    // ngx_event_accept.c / ngx_event_connect.c / ngx_http_upstream.c.
    'worker_connections are not enough',
    'Too many open files)',
    // musl's text for EMFILE.
    'No file descriptors available)',
    'Resource temporarily unavailable) while connecting to upstream',
    'No space left on device) while reading upstream',
    'ngx_slab_alloc() failed',
    'uWSGI listen queue of socket',
  ],
  // PHP-FPM's `sapi/fpm/fpm/fpm_process_ctl.c` (`pm.` since PHP 5.3.9's wording change).
  'php-fpm-max-children': [
    'server reached pm.max_children setting',
    'server reached max_children setting',
  ],
  // The kernel's OOM report (mm/oom_kill.c), cgroup v1 and v2, and Kubernetes' reason.
  'oom-kill': [
    'Out of memory: Kill',
    'Memory cgroup out of memory: Kill',
    ' invoked oom-killer: ',
    'oom-kill:constraint=',
    'Reason:       OOMKilled',
  ],
  // The audit log: nginx (httpd_t) denied a connection to its backend.
  'selinux-denied': [
    ['avc:  denied  { name_connect }', 'comm="nginx"'],
    ['avc:  denied  { name_connect }', 'scontext=system_u:system_r:httpd_t:'],
  ],
  // The backend's own words as it dies (systemd, gunicorn, uWSGI, PHP-FPM, Node, PM2).
  'backend-crash': [
    '[CRITICAL] WORKER TIMEOUT',
    'Worker failed to boot',
    'HARAKIRI ON WORKER',
    ['WARNING: [pool ', '] child ', ' exited on signal '],
    '[nodemon] app crashed',
    'EADDRINUSE: address already in use',
  ],
  // No error-log line: the access log's status, after the request (`"GET / HTTP/1.1" 502 `).
  // The Elasticsearch queries ask the parsed status field instead (FLEET_STATUSES).
  'access-log-502': ['" 502 ', '" 504 '],
}

/** The statuses a cause shows as in a parsed access log: only the access-log symptom. */
export const FLEET_STATUSES: Readonly<Partial<Record<CauseId, readonly number[]>>> = {
  'access-log-502': [502, 504],
}
