import type { CauseGuide } from '../../core/fix/types.ts'
import {
  checkNginxTimeouts,
  checkOomKills,
  checkServiceLogs,
  checkServiceRunning,
  keepaliveAlignmentOption,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  restartPolicyOption,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'upstream-premature-close',
  explain: [
    'nginx had a working connection to the backend and was waiting for its answer when the backend closed the connection normally, as if it had finished, but without having sent a complete response. Something on the backend side ended the conversation early: the process died or was killed, a timeout inside the app server cut the request, or the backend closed an idle keep-alive connection at the very moment nginx reused it.',
    'If nothing of the response had arrived yet (`while reading response header from upstream`), the client gets 502 Bad Gateway. nginx retries on another server only for idempotent requests (GET, HEAD …), and a GET that failed on a reused keep-alive connection gets one silent extra try; a POST already sent is not retried. If the close happened later (`while reading upstream`), the client already has the status (usually 200) and receives a truncated body: the access log shows 200, not 502.',
  ],
  usual: [
    'The backend crashed or was killed while handling the request: an uncaught exception that exits the process, a segfault, or the kernel’s out-of-memory killer.',
    'A keep-alive race: nginx reuses idle connections to the backend (`keepalive` in the `upstream` block) and the backend closes idle connections sooner. Node.js does so after 5 s by default. The errors are rare and random, and happen more at low traffic.',
    'The app server killed a slow request: gunicorn’s `WORKER TIMEOUT` (30 s by default), uWSGI’s `harakiri`, PHP-FPM’s `request_terminate_timeout`.',
    'A worker was recycled (`max_requests`, `pm.max_requests`) or a deploy restarted the backend while requests were in flight.',
    '`proxy_pass http://` pointed at a port that speaks TLS, or at a service that speaks another protocol and hangs up on HTTP.',
  ],
  confirm: [
    ...checkServiceLogs,
    checkOomKills,
    ...checkServiceRunning,
    checkNginxTimeouts,
    {
      kind: 'command',
      text: "sudo grep -c 'prematurely closed connection' /var/log/nginx/error.log\nsudo grep 'prematurely closed connection' /var/log/nginx/error.log | awk '{ print $2 }' | cut -c1-5 | uniq -c | tail",
      expect:
        'Errors per minute. Bursts at the same moment as a restart or crash in the backend log mean a crash; a trickle spread evenly over quiet hours points at the keep-alive race.',
    },
    {
      kind: 'command',
      text: "grep -rnE 'keepAliveTimeout|headersTimeout' --include=*.js --include=*.ts . 2>/dev/null | grep -v node_modules",
      expect:
        'Run in the app’s source folder. No match means Node’s 5 s default applies, shorter than nginx’s keep-alive reuse (60 s by default).',
      when: { backend: ['node'] },
    },
    {
      kind: 'command',
      text: "curl -sv -o /dev/null http://{address}{path} 2>&1 | tail -n 5\ncurl -skv -o /dev/null https://{address}{path} 2>&1 | grep -E 'SSL connection|HTTP/'",
      expect:
        'If plain HTTP gets `Empty reply from server` while https:// answers, the backend port speaks TLS: use `proxy_pass https://`.',
    },
  ],
  fix: [
    {
      title: 'Find out why the backend dropped the request, in its own log',
      why: 'The backend knows why it hung up. A stack trace, an out-of-memory kill or a worker timeout at the same second as the nginx error names what to fix; everything else only hides it.',
      tradeoff: 'None; reading logs changes nothing.',
      steps: [
        ...checkServiceLogs,
        checkOomKills,
        {
          kind: 'command',
          text: "sudo journalctl -u {service} --since '1 hour ago' --no-pager | grep -iE 'WORKER TIMEOUT|HARAKIRI|Traceback|FATAL|exited|Killed'",
          expect:
            '`WORKER TIMEOUT` (gunicorn) or `HARAKIRI` (uWSGI) means the app server killed a slow request: fix the slow code or raise that timeout. A traceback or `exited` means a crash.',
          when: { runtime: ['systemd'] },
        },
      ],
    },
    keepaliveAlignmentOption,
    {
      title: 'Let slow requests finish: align the app server’s timeout with nginx',
      why: 'If the app server kills a request after 30 s while nginx is willing to wait 60 s, the visitor gets a 502 at 30 s. Raising the app server’s limit for genuinely slow work, or making that work faster, stops the kill.',
      tradeoff:
        'A longer kill timeout lets truly stuck requests hold a worker longer. Prefer fixing the slow code.',
      steps: [
        {
          kind: 'command',
          text: 'gunicorn --timeout 60 --graceful-timeout 30 --bind 127.0.0.1:{port} app:app',
          expect: 'No more `WORKER TIMEOUT` lines for requests shorter than 60 s.',
          when: { backend: ['python'] },
        },
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: '/etc/uwsgi/apps-enabled/{service}.ini',
          text: '[uwsgi]\n; kill a request only after 60 s, matching uwsgi_read_timeout in nginx\nharakiri = 60',
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: '; kill a request after 60 s, the same as fastcgi_read_timeout in nginx\nrequest_terminate_timeout = 60s',
          when: { backend: ['php-fpm'] },
        },
      ],
      when: { backend: ['python', 'uwsgi', 'php-fpm'] },
    },
    restartPolicyOption,
    nextUpstreamOption,
  ],
  prevent: [
    'Make the backend keep idle connections open longer than nginx reuses them (backend idle timeout > nginx `keepalive_timeout` in the `upstream` block), whenever nginx uses `keepalive` to the backend.',
    'Let the app shut down gracefully on SIGTERM: stop accepting, finish in-flight requests, then exit, so deploys and recycling do not cut requests.',
    'Watch the backend’s memory and restarts (OOM kills, worker timeouts) next to nginx’s error rate.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
