import type { CauseGuide } from '../../core/fix/types.ts'
import { BACKEND_CHECKS } from '../first-checks/backend.ts'
import {
  checkNginxTimeouts,
  checkOomKills,
  checkServiceRunning,
  keepaliveAlignmentOption,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  reloadNginx,
  restartPolicyOption,
} from './common.ts'
import {
  appServerTimeoutOption,
  fixBackendCrashOption,
  speedUpBackendOption,
  uwsgiBufferSizeOption,
  websocketUpgradeOption,
} from './steps-backend.ts'
import { upgradeBackendOption } from './backend-crash.ts'
import { fixBackendResponseOption } from './invalid-response.ts'
import { http11KeepaliveOption, matchProtocolOption } from './upstream-reset.ts'

export const guide: CauseGuide = {
  cause: 'upstream-premature-close',
  explain: [
    'nginx had a working connection to the backend and was waiting for its answer when the backend closed the connection normally, as if it had finished, but without having sent a complete response. Something on the backend side ended the conversation early: the process died or was killed, a time-out inside the app server cut the request, the backend could not understand what nginx sent, or it closed an idle keep-alive connection at the very moment nginx reused it.',
    'If nothing of the response had arrived yet (`while reading response header from upstream`), the client gets 502 Bad Gateway. nginx retries on another server only for idempotent requests (GET, HEAD …), and a GET that failed on a reused keep-alive connection gets one silent extra try; a POST already sent is not retried. If the close happened later (`while reading upstream`), the client already has the status (usually 200) and receives a truncated body: the access log shows 200, not 502.',
  ],
  usual: [
    'The backend crashed or was killed while handling the request: an uncaught exception that exits the process, a segfault, or the kernel’s out-of-memory killer.',
    'A keep-alive race: nginx reuses idle connections to the backend (`keepalive` in the `upstream` block) and the backend closes idle connections sooner (Node.js after 5 s, uvicorn after 5 s, gunicorn’s threaded and async workers after 2 s, Jetty after 30 s). The errors are rare and random, and happen more at low traffic.',
    'The app server killed a slow request: gunicorn’s `WORKER TIMEOUT` (30 s by default), uWSGI’s `harakiri`, PHP-FPM’s `request_terminate_timeout`.',
    'The wrong protocol: `proxy_pass` to a uWSGI `socket` (uWSGI logs `invalid request block size` and hangs up), or plain HTTP to a port that expects TLS.',
    '`proxy_set_header Connection "upgrade"` on every request, copied from a WebSocket example: some backends close ordinary requests that arrive with it.',
    'A WebSocket or socket.io path without the `Upgrade` headers, or uWSGI refusing a request whose headers exceed its 4 KB `buffer-size`.',
    'A worker was recycled (`max_requests`, `pm.max_requests`) or a deploy restarted the backend while requests were in flight.',
  ],
  confirm: [
    ...BACKEND_CHECKS['upstream-premature-close'],
    checkOomKills,
    ...checkServiceRunning,
    checkNginxTimeouts,
    {
      kind: 'command',
      text: "sudo grep 'prematurely closed connection' /var/log/nginx/error.log | awk '{ print $2 }' | cut -c1-5 | uniq -c | tail",
      expect:
        'Errors per minute. Bursts at the same moment as a restart or crash in the backend log mean a crash; a trickle spread evenly over quiet hours points at the keep-alive race.',
    },
    {
      kind: 'command',
      text: "grep -rnE 'keepAliveTimeout|headersTimeout' --include=*.js --include=*.ts . 2>/dev/null | grep -v node_modules",
      expect:
        'Run in the app’s source folder. No match means Node’s 5 s default applies, shorter than nginx’s upstream `keepalive_timeout` (60 s by default).',
      when: { backend: ['node'] },
    },
  ],
  fix: [
    fixBackendCrashOption,
    keepaliveAlignmentOption,
    {
      id: 'dont-force-connection-upgrade',
      title: 'Send `Connection: upgrade` only when the client asks for an upgrade',
      why: 'WebSocket examples set `proxy_set_header Connection "upgrade"`. In a location that also serves normal pages, every ordinary request then reaches the backend marked as an upgrade without a real `Upgrade` header, and some servers answer by closing the connection. A `map` on `$http_upgrade` sends `upgrade` only for real upgrade requests and `close` for the rest, as nginx’s WebSocket page shows.',
      tradeoff:
        'None for normal requests. With `keepalive` in the upstream, map the empty value to `""` instead of `close` so ordinary requests can reuse connections.',
      steps: [
        {
          kind: 'command',
          text: "sudo nginx -T 2>/dev/null | grep -nE 'proxy_set_header +Connection'",
          expect:
            'A `Connection "upgrade"` (or `Upgrade`) line in a location that serves ordinary pages is the one to replace.',
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '{configPath}',
          text: [
            '# In the http block: "upgrade" only when the client sent an Upgrade header.',
            'map $http_upgrade $connection_upgrade {',
            '    default upgrade;',
            "    ''      close;",
            '}',
            '',
            '# In your existing server, the shared location uses the variable:',
            'server {',
            '    listen 80;',
            '    server_name {server};',
            '    location / {',
            '        proxy_pass http://{address};',
            '        proxy_http_version 1.1;',
            '        proxy_set_header Upgrade $http_upgrade;',
            '        proxy_set_header Connection $connection_upgrade;',
            '    }',
            '}',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    appServerTimeoutOption,
    speedUpBackendOption,
    matchProtocolOption,
    websocketUpgradeOption,
    http11KeepaliveOption,
    uwsgiBufferSizeOption,
    restartPolicyOption,
    fixBackendResponseOption,
    upgradeBackendOption,
    nextUpstreamOption,
  ],
  prevent: [
    'Make the backend keep idle connections open longer than nginx reuses them (backend idle time-out > nginx `keepalive_timeout` in the `upstream` block), whenever nginx uses `keepalive` to the backend.',
    'Copy WebSocket settings (`Upgrade`, `Connection "upgrade"`, long read time-outs) only into the WebSocket location, never into `location /`.',
    'Let the app shut down gracefully on SIGTERM: stop accepting, finish in-flight requests, then exit, so deploys and recycling do not cut requests.',
    'Read the backend’s own log next to nginx’s error log (same minute, same URL) before changing anything: it says why it hung up.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
