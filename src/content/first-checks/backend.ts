import type { CommandStep } from '../../core/fix/types.ts'
import type { CauseId } from '../../core/causes.ts'

/**
 * The first checks of the causes of this area, most telling first: the page's "Start here" and
 * the command line's `check` take the first that fits the setup and that the log can fill.
 * Each guide's checks start with these (see guides.test.ts).
 */

/** Backend log messages that each point at one fix. */
const CRASH_WORDS =
  "'WORKER TIMEOUT|HARAKIRI|invalid request block size|heap out of memory|EADDRINUSE|exited on signal|execution timed out|Killed process|Main process exited|repeated too quickly'"

const CRASH_MEANING =
  '`WORKER TIMEOUT` (gunicorn) or `HARAKIRI` (uWSGI): the app server killed a slow request. `invalid request block size`: uWSGI got a request it cannot read (HTTP sent to its `socket`, or headers over its 4 KB buffer). `exited on signal 11`: a segfault (for PHP-FPM often an extension or opcache/JIT); `signal 9` or `Killed process`: killed, usually for memory. `execution timed out`: PHP-FPM’s `request_terminate_timeout` killed a slow request. `heap out of memory`: Node’s heap limit. `EADDRINUSE`: another process holds the port. `repeated too quickly`: systemd gave up restarting it.'

const PODS: CommandStep = {
  kind: 'command',
  text: "kubectl get pods -o custom-columns='POD:.metadata.name,STATUS:.status.phase,RESTARTS:.status.containerStatuses[*].restartCount,LAST:.status.containerStatuses[*].lastState.terminated.reason'",
  expect:
    'Add `-n <namespace>` for the backend’s namespace. RESTARTS above 0 with LAST `OOMKilled` means the container went over its memory limit; `Error` means it crashed (read `kubectl logs <pod> --previous`). No restarts at all points away from a crash: look at keep-alive, the Service port and the ingress annotations.',
  when: { runtime: ['kubernetes'] },
}

const NGINX_KEEPALIVE =
  "sudo nginx -T 2>/dev/null | grep -nE 'keepalive|proxy_http_version|proxy_set_header +(Connection|Upgrade)|uwsgi_pass|proxy_pass'"

export const BACKEND_CHECKS = {
  'upstream-premature-close': [
    {
      kind: 'command',
      text: `docker compose ps -a\ndocker compose logs --since 30m 2>&1 | grep -E ${CRASH_WORDS} | tail -n 20`,
      expect: `A backend that is \`Restarting\`, \`Exited\` or only \`Up\` a few seconds crashed. ${CRASH_MEANING} Everything up for a long time and none of these lines: look at keep-alive and the \`Connection\` header (\`nginx -T\`).`,
      when: { runtime: ['docker'] },
    },
    PODS,
    {
      kind: 'command',
      text: `sudo journalctl --since "30 min ago" --no-pager | grep -E ${CRASH_WORDS} | tail -n 20\n${NGINX_KEEPALIVE}`,
      expect: `First command: ${CRASH_MEANING} No such line: the backend did not die. Second command: \`keepalive\` in an \`upstream\` block means the backend may close idle connections nginx still reuses (make its idle time-out longer); \`Connection "upgrade"\` outside a WebSocket location is sent on every request; \`proxy_pass\` to a uWSGI port needs \`uwsgi_pass\`.`,
    },
  ],
  'upstream-reset': [
    {
      kind: 'command',
      text: `docker compose ps -a\ndocker compose logs --since 30m 2>&1 | grep -E ${CRASH_WORDS} | tail -n 20`,
      expect: `A backend that is \`Restarting\`, \`Exited\` or only \`Up\` a few seconds crashed. ${CRASH_MEANING} Nothing of the kind: look at keep-alive and the protocol (HTTP to a TLS port).`,
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "sudo grep -hE 'exited on signal|execution timed out|terminating' /var/log/php*fpm*.log /var/log/php-fpm/*.log 2>/dev/null | tail -n 20",
      expect:
        '`child … exited on signal 11 (SIGSEGV)`: a PHP extension or the opcache JIT crashes the worker (disable it, or upgrade PHP). `signal 9 (SIGKILL)`: killed, usually for memory. `execution timed out … terminating`: `request_terminate_timeout` killed a slow request. None of these: look at keep-alive (`keepalive` in the upstream with FastCGI).',
      when: { backend: ['php-fpm'] },
    },
    PODS,
    {
      kind: 'command',
      text: `sudo journalctl --since "30 min ago" --no-pager | grep -E ${CRASH_WORDS} | tail -n 20\n${NGINX_KEEPALIVE}`,
      expect: `First command: ${CRASH_MEANING} No such line: the backend did not die. Second command: \`keepalive\` in an \`upstream\` block means nginx reuses idle connections the backend may already be closing (the most common cause of rare, random resets).`,
    },
  ],
  'upstream-broken-pipe': [
    {
      kind: 'command',
      text: "docker compose logs --since 30m 2>&1 | grep -iE 'too large|payload|invalid request block size|exited|killed' | tail -n 20",
      expect:
        '`PayloadTooLargeError: request entity too large` (Express) or a similar size error: the app refuses bodies nginx lets through. `invalid request block size`: uWSGI’s header buffer. `exited`/`killed`: the backend died while receiving the upload.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "sudo grep -rhE 'invalid request block size|too big' /var/log/uwsgi/ 2>/dev/null | tail -n 5\nsudo journalctl --since '1 hour ago' --no-pager | grep -cE 'invalid request block size'",
      expect:
        '`invalid request block size: N (max 4096)`: the request head is bigger than uWSGI’s `buffer-size`. A message about a too big `CONTENT_LENGTH`: uWSGI’s `limit-post` is lower than nginx’s `client_max_body_size`.',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'command',
      text: "sudo grep 'Broken pipe' /var/log/nginx/error.log | grep -oE 'request: \"[A-Z]+ [^ ]+' | sort | uniq -c | sort -rn | head\nsudo nginx -T 2>/dev/null | grep -nE 'client_max_body_size|keepalive'",
      expect:
        'Only POST or PUT to upload URLs, with a `client_max_body_size` bigger than the app accepts: the backend refuses the body and hangs up (make the limits match). Many URLs and methods with `keepalive` in an `upstream` block: the keep-alive race. All at one moment: the backend restarted or crashed then.',
    },
  ],
  'backend-crash': [
    {
      kind: 'command',
      text: `docker compose ps -a\ndocker compose logs --since 2h 2>&1 | grep -E ${CRASH_WORDS} | tail -n 20`,
      expect: `\`Restarting\` or \`Exited (137)\` (killed) / \`Exited (1)\` (the app’s own error) shows which container dies. ${CRASH_MEANING}`,
      when: { runtime: ['docker'] },
    },
    PODS,
    {
      kind: 'command',
      text: `pm2 list\npm2 logs --lines 200 --nostream 2>&1 | grep -E ${CRASH_WORDS} | tail -n 20`,
      expect: `A high restart count (\`↺\`) or \`errored\` shows which app dies. ${CRASH_MEANING}`,
      when: { runtime: ['pm2'] },
    },
    {
      kind: 'command',
      text: `systemctl --failed --no-pager\nsudo journalctl --since "2 hours ago" --no-pager | grep -E ${CRASH_WORDS} | tail -n 20`,
      expect: `A unit listed as \`failed\` is down now. ${CRASH_MEANING}`,
    },
  ],
  'oom-kill': [
    {
      kind: 'command',
      text: "sudo journalctl -k --since '24 hours ago' --no-pager | grep -iE 'killed process|out of memory' | tail -n 10\ndocker inspect -f '{{.Name}} OOMKilled={{.State.OOMKilled}} limit={{.HostConfig.Memory}}' $(docker compose ps -aq)",
      expect:
        '`Killed process 1234 (php-fpm8.2)` names what the kernel killed. `Memory cgroup out of memory` means a container’s own limit was hit (`OOMKilled=true`; `limit=0` means no limit, so the whole host ran out). Raise the limit or make the app use less.',
      when: { runtime: ['docker'] },
    },
    PODS,
    {
      kind: 'command',
      text: "sudo journalctl -k --since '24 hours ago' --no-pager | grep -iE 'killed process|out of memory' | tail -n 10",
      expect:
        '`Out of memory: Killed process 1234 (php-fpm8.2)` names the victim: `php-fpm…` a PHP child (`memory_limit`, `pm.max_children`), `node` the Node app (its heap or a leak), `gunicorn`/`python3`/`uwsgi` Python workers, `java` the JVM, `mysqld`/`postgres` the database rather than the app. `Memory cgroup out of memory` means a service or container limit, not the whole machine. No output: try `sudo dmesg -T | grep -i "killed process"`.',
    },
  ],
  'upstream-read-timeout': [
    {
      kind: 'command',
      text: "sudo grep -hE 'max_children|executing too slow|execution timed out' /var/log/php*fpm*.log /var/log/php-fpm/*.log 2>/dev/null | tail -n 10",
      expect:
        '`server reached pm.max_children`: requests queue for a free PHP child (more children, or faster scripts). `executing too slow` names the script in the slow log. `execution timed out`: PHP-FPM killed it. Nothing: one script is slow by itself; find the query or call it waits on.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: 'docker stats --no-stream',
      expect:
        'A backend near 100 % CPU (per core) is busy computing: more workers or faster code. Near 0 % while requests hang means it waits for something else (the database, an outside API, a lock): find that call. MEM USAGE close to LIMIT means it is short of memory.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "curl -s -o /dev/null --max-time 300 -w 'status %{http_code}, first byte after %{time_starttransfer}s\\n' {scheme}://{address}{path}",
      expect:
        'Straight to the backend, without nginx. A first byte after more than 60 s (or your `proxy_read_timeout`) means the backend itself is that slow on this URL; a quick answer now means it is slow only under load (workers busy) or at certain times.',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'command',
      text: "sudo awk '$9 == 504 { print $7 }' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
      expect:
        'With the default log format: 504s per URL. The same few URLs: those endpoints are slow (fix them or give them a longer time-out). Every URL at once: the backend is saturated or stuck as a whole.',
    },
  ],
} satisfies Partial<Record<CauseId, readonly CommandStep[]>>
