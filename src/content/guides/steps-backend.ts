/**
 * Fix options that several guides of the backend area share (a backend that closes, resets,
 * crashes or is slow). Pure data: every string is a template filled from the diagnosis.
 */
import type { FixOption } from '../../core/fix/types.ts'
import { checkServiceLogs, reloadNginx } from './common.ts'

/** The app server kills requests sooner than nginx waits: raise both together. */
export const appServerTimeoutOption: FixOption = {
  id: 'raise-read-timeout',
  title: 'Let legitimately slow requests finish: raise the app server’s time-out with nginx’s',
  why: 'App servers kill a request that runs too long: gunicorn restarts a sync worker that is silent for `--timeout` seconds (30 by default) and logs `WORKER TIMEOUT`, uWSGI kills it after `harakiri` seconds, PHP-FPM after `request_terminate_timeout`. The connection dies with the worker, so nginx logs a close or a reset and the visitor gets a 502, even though nginx itself would have waited 60 s. When the slow requests are real work (an export, a report), give the worker and nginx the same, longer limit.',
  tradeoff:
    'A stuck request now holds a worker longer, so fewer are free for everyone else. Raise it only as far as the slowest legitimate request needs, and make that request faster or move it to a background job.',
  steps: [
    {
      kind: 'command',
      text: 'gunicorn --timeout 120 --graceful-timeout 30 app:app',
      expect:
        'Put `--timeout` in the service’s start command (or `timeout = 120` in gunicorn.conf.py). No more `WORKER TIMEOUT` for requests shorter than 120 s.',
      when: { backend: ['python'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/uwsgi/apps-enabled/{service}.ini',
      text: '[uwsgi]\n; kill a request only after 120 s, the same as uwsgi_read_timeout in nginx\nharakiri = 120',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
      text: '; kill a request after 120 s, the same as fastcgi_read_timeout in nginx\nrequest_terminate_timeout = 120s\nphp_admin_value[max_execution_time] = 120',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: '# Wait as long as the app server lets a request run.\nproxy_read_timeout 120s;',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: 'fastcgi_read_timeout 120s;',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: 'uwsgi_read_timeout 120s;',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'ingress.yaml',
      text: [
        'metadata:',
        '  annotations:',
        '    # ingress-nginx: seconds, as a string',
        '    nginx.ingress.kubernetes.io/proxy-read-timeout: "120"',
        '    nginx.ingress.kubernetes.io/proxy-send-timeout: "120"',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    ...reloadNginx,
  ],
}

/** A stuck worker is killed and replaced instead of holding a slot for ever. */
export const killStuckWorkersOption: FixOption = {
  id: 'kill-stuck-workers',
  title: 'Have the app server kill and replace a stuck worker',
  why: 'A worker that hangs (a deadlock, a call to a service that never answers) keeps its slot for ever. When all slots hang, every new request waits until nginx gives up. A per-request limit inside the app server kills the stuck worker, starts a fresh one and frees the slot. Keep it a little shorter than nginx’s read time-out, so the backend gives up first and says so in its own log.',
  tradeoff:
    'The request that hung still fails, now with a clear line in the backend’s log. A limit that is too short also kills slow but healthy requests; give a known-slow endpoint its own, longer limit.',
  steps: [
    {
      kind: 'command',
      text: 'gunicorn --timeout 50 app:app',
      expect:
        '`[CRITICAL] WORKER TIMEOUT (pid:…)` in the log each time a worker is replaced. With async workers (gevent, uvicorn) this only catches a blocked worker, not a slow request.',
      when: { backend: ['python'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/uwsgi/apps-enabled/{service}.ini',
      text: '[uwsgi]\n; kill and replace a worker stuck on one request for 50 s (off by default)\nharakiri = 50',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
      text: [
        '; 0 (the default) never kills a stuck child; 50 s stays under nginx’s 60 s.',
        'request_terminate_timeout = 50s',
        '; and write a stack trace of anything slower than 10 s, to see where it hangs',
        'request_slowlog_timeout = 10s',
        'slowlog = /var/log/php{phpVersion}-fpm.slow.log',
      ].join('\n'),
      when: { backend: ['php-fpm'] },
    },
  ],
  when: { backend: ['python', 'uwsgi', 'php-fpm'] },
}

/** uWSGI refuses requests whose headers do not fit its 4 KB buffer. */
export const uwsgiBufferSizeOption: FixOption = {
  id: 'uwsgi-buffer-size',
  title: 'uWSGI: raise `buffer-size` for requests with large headers',
  why: 'uWSGI reads the whole request head (URL, cookies, all headers) into a buffer of 4 KB by default. A bigger request is refused with `invalid request block size: 5123 (max 4096)...skip` in uWSGI’s log and the connection is closed, which nginx reports as a close, a reset or a broken pipe. Large cookies or long query strings are the usual trigger.',
  tradeoff:
    'Each worker keeps a buffer of that size; 32 KB is plenty for normal sites (the maximum is 64 KB). If the numbers in the log are huge, such as 8261 or 21327, the buffer is not the problem: nginx is sending plain HTTP to a uWSGI `socket` (use `uwsgi_pass`).',
  steps: [
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/uwsgi/apps-enabled/{service}.ini',
      text: '[uwsgi]\n; bytes, a plain number; the default is 4096\nbuffer-size = 32768',
    },
    {
      kind: 'command',
      text: 'sudo systemctl restart uwsgi\nsudo journalctl -u uwsgi --since "10 min ago" --no-pager | grep -c "invalid request block size"',
      expect:
        'Use your uWSGI unit’s name (`uwsgi`, `emperor.uwsgi` or the app’s own). A count of 0 after real traffic means the large requests now fit. In Docker, pass `--buffer-size 32768` to the `uwsgi` command instead.',
    },
  ],
  when: { backend: ['uwsgi', 'python', 'other'] },
}

/** WebSocket locations need the upgrade headers and a long idle time-out. */
export const websocketUpgradeOption: FixOption = {
  id: 'websocket-upgrade-headers',
  title: 'WebSocket or socket.io: pass the Upgrade headers and allow idle sockets',
  why: 'nginx does not pass the `Upgrade` and `Connection` headers on by itself, because they only concern one hop. Without them the backend sees an ordinary request on its WebSocket path and closes or resets it, often after a delay. Once upgraded, the socket can stay quiet for minutes, and nginx closes it after `proxy_read_timeout` (60 s) of silence unless the location allows longer or the app sends pings.',
  tradeoff:
    'A long read time-out keeps each open socket for as long as the visitor stays; only the WebSocket location should get it. socket.io sends its own pings (every 25 s by default), so its sockets are never idle for long.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'server',
      file: '{configPath}',
      text: [
        '# Only the WebSocket path gets the upgrade headers and the long idle time.',
        'location /socket.io/ {',
        '    proxy_pass http://{address};',
        '    proxy_http_version 1.1;',
        '    proxy_set_header Upgrade $http_upgrade;',
        '    proxy_set_header Connection "upgrade";',
        '    proxy_set_header Host $host;',
        '    # An open socket may stay silent this long before nginx closes it.',
        '    proxy_read_timeout 1h;',
        '    proxy_send_timeout 1h;',
        '}',
      ].join('\n'),
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'ingress.yaml',
      text: [
        'metadata:',
        '  annotations:',
        '    # ingress-nginx passes the upgrade headers itself; it needs the idle time.',
        '    nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"',
        '    nginx.ingress.kubernetes.io/proxy-send-timeout: "3600"',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    ...reloadNginx,
  ],
}

/** Whatever kills the backend or its worker, fix that error itself, then see it stays up. */
export const fixBackendCrashOption: FixOption = {
  id: 'fix-backend-crash',
  title: 'Fix the error that makes the backend or its worker die',
  why: 'When the backend or one of its workers dies, nginx only sees the connection refused or cut. The backend’s own log has the reason a few lines before the restart: a stack trace, `Main process exited`, `exited on signal`, `FATAL ERROR`. Fixing that error (the bug, the missing setting, the dependency that is down) is what stops the 502s; restarts only make them shorter.',
  tradeoff:
    'Needs a code or configuration change and a deploy. Until then, a restart policy and a second instance keep the outage short.',
  steps: [
    ...checkServiceLogs,
    {
      kind: 'command',
      text: 'curl -sv --max-time 30 -o /dev/null {scheme}://{address}{path}',
      expect:
        'Sends the request from nginx’s log straight to the backend (GET only; repeat a POST with its body). `Empty reply from server` or a reset together with a new stack trace in the log reproduces the crash.',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'javascript',
      context: 'file',
      file: 'server.js',
      text: [
        '// Express 4: an error thrown in an async handler is not caught for you; pass it on,',
        '// so the request gets a 500 and the process lives on.',
        'const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next)',
        "app.get('/orders', wrap(async (req, res) => res.json(await loadOrders())))",
        '// Last middleware: log the error, answer 500.',
        'app.use((err, req, res, next) => {',
        '  console.error(err)',
        "  res.status(500).send('Internal error')",
        '})',
      ].join('\n'),
      when: { backend: ['node'] },
    },
    {
      kind: 'command',
      text: 'systemctl show {service} -p NRestarts -p ActiveEnterTimestamp -p ExecMainStatus',
      expect:
        'After your fix: `NRestarts` stops growing and `ActiveEnterTimestamp` stays in the past. `ExecMainStatus` is the last exit code (`137` or `9` = killed, often for memory).',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: "docker inspect -f '{{.Name}} restarts={{.RestartCount}} exit={{.State.ExitCode}} oom={{.State.OOMKilled}}' $(docker compose ps -aq)",
      expect:
        'After your fix: `restarts` stays the same. `exit=137` with `oom=true` means the container was killed for memory.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'kubectl get pods -l app={service} -w',
      expect: 'After your fix: `RESTARTS` stops growing and `READY` stays `1/1`.',
      when: { runtime: ['kubernetes'] },
    },
  ],
}

/** Find the slow part and make it fast, or take it out of the web request. */
export const speedUpBackendOption: FixOption = {
  id: 'speed-up-backend',
  title: 'Find the slow part and make it fast, or move long work out of the request',
  why: 'A time-out is a symptom: raising it makes visitors wait longer for the same slow page. Finding which query or call takes the time fixes both the error and the slowness. Work that is slow by nature (a report, an export, image or AI processing) belongs in a background job: the request starts it and answers at once (202 Accepted with a status URL), so no proxy limit is ever reached.',
  tradeoff:
    'Takes investigation, and a background job needs a queue (Celery, Sidekiq, BullMQ, a cron worker) plus a way for the client to fetch the result. Meanwhile a longer time-out on just the slow location keeps it working.',
  steps: [
    {
      kind: 'snippet',
      language: 'php-fpm',
      context: 'file',
      file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
      text: [
        '; Write a PHP stack trace for every request that runs longer than 5 s.',
        'request_slowlog_timeout = 5s',
        'slowlog = /var/log/php{phpVersion}-fpm.slow.log',
      ].join('\n'),
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: 'sudo systemctl reload php{phpVersion}-fpm\nsudo tail -f /var/log/php{phpVersion}-fpm.slow.log',
      expect:
        'Each entry shows the script and the function that was running when the request passed 5 s.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: '# MySQL / MariaDB: statements running right now, longest first\nsudo mysql -e "SELECT id, time, state, LEFT(info, 120) AS query FROM information_schema.processlist WHERE command <> \'Sleep\' ORDER BY time DESC LIMIT 10"\n# PostgreSQL:\nsudo -u postgres psql -c "SELECT pid, now() - query_start AS runtime, left(query, 120) FROM pg_stat_activity WHERE state <> \'idle\' ORDER BY runtime DESC LIMIT 10"',
      expect: 'Queries running for many seconds while the time-outs happen are the slow part.',
    },
    {
      kind: 'snippet',
      language: 'javascript',
      context: 'file',
      file: 'routes/reports.js',
      text: [
        '// Answer at once; a worker process does the slow part.',
        "app.post('/reports', async (req, res) => {",
        '  const job = await queue.add({ params: req.body })',
        '  res.status(202).json({ status: `/reports/${job.id}` })',
        '})',
      ].join('\n'),
      when: { backend: ['node'] },
    },
  ],
}
