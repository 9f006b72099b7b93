import type { CauseGuide } from '../../core/fix/types.ts'
import { BACKEND_CHECKS } from '../first-checks/backend.ts'
import {
  checkNginxTimeouts,
  checkServiceLogs,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  reloadNginx,
} from './common.ts'
import { killStuckWorkersOption, speedUpBackendOption } from './steps-backend.ts'

export const guide: CauseGuide = {
  cause: 'upstream-read-timeout',
  explain: [
    'The connection to the backend worked and nginx sent the request, but then the backend stayed silent for longer than nginx was willing to wait. `proxy_read_timeout` (60 s by default; `fastcgi_read_timeout` for PHP-FPM, `uwsgi_read_timeout` for uWSGI) is the longest pause allowed between two pieces of the answer, not a limit on the whole response. With `while sending request to upstream` the pause was on the other side: the backend stopped reading the request body for `proxy_send_timeout`.',
    'Because nginx’s own timer fired before any response header arrived, the client gets 504 Gateway Timeout. If the timer fires later, `while reading upstream`, the status line (usually 200) and part of the body were already sent: the client keeps that status and receives a cut-off response, so the access log shows 200, not 504.',
    'The backend usually goes on working after nginx gave up. By default nginx retries a timed-out request on the next server of the group, so a slow GET can run on two backends at once; a POST is not re-sent once nginx has sent it.',
  ],
  usual: [
    'A slow database query, a lock held by another transaction, or a missing index on an endpoint that got more data over time.',
    'A call to an external API or service without its own timeout, which hangs when that service hangs.',
    'All backend workers are busy, so the request waits in a queue before any worker starts it (few gunicorn sync workers, PHP-FPM at `pm.max_children`, a single Node process blocked by CPU work).',
    'Long work done inside the web request: a report, an export, image or video processing, an AI call.',
    'A deadlock or an infinite loop in the application.',
    'A streaming or long-polling endpoint (server-sent events, long polls) that stays quiet for more than 60 s without sending a heartbeat.',
  ],
  confirm: [
    ...BACKEND_CHECKS['upstream-read-timeout'],
    checkNginxTimeouts,
    ...checkServiceLogs,
    {
      kind: 'command',
      text: 'kubectl top pods',
      expect:
        'Needs metrics-server. A pod at its CPU limit is busy or throttled; low CPU while requests hang means it waits on a dependency.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: 'sudo grep -rhE "request_terminate_timeout|max_children|request_slowlog_timeout" /etc/php/{phpVersion}/fpm/pool.d/',
      expect:
        'The pool’s limits. No `request_terminate_timeout` means a stuck PHP child is never killed.',
      when: { backend: ['php-fpm'], distro: ['debian', 'other'] },
    },
  ],
  fix: [
    speedUpBackendOption,
    {
      id: 'raise-read-timeout',
      title: 'Give a known-slow endpoint a longer timeout, only there',
      why: 'Some requests are slow by nature (exports, reports). A longer read timeout on just that location lets them finish without making every broken request hang for minutes.',
      tradeoff:
        'Every layer must agree: the app server’s own timeout (gunicorn `--timeout`, PHP `max_execution_time`, PHP-FPM `request_terminate_timeout`), nginx, and whatever is in front (a cloud load balancer’s idle timeout, Cloudflare’s 100 s). The shortest one wins. Very long timeouts also hold a worker and a connection per waiting visitor.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'server',
          file: '{configPath}',
          text: [
            '# Only the slow part of the site gets 5 minutes; everything else keeps 60 s.',
            'location /reports/ {',
            '    proxy_pass http://{address};',
            '    proxy_read_timeout 300s;',
            '    proxy_send_timeout 300s;',
            '}',
          ].join('\n'),
          when: { backend: ['node', 'python', 'java', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'fastcgi_pass unix:{socket};',
            'include fastcgi_params;',
            'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
            '# Wait up to 5 minutes for PHP; keep it in line with max_execution_time.',
            'fastcgi_read_timeout 300s;',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: [
            '; PHP-FPM kills a request after this long (0 = never); keep it at or below nginx’s wait.',
            'request_terminate_timeout = 300s',
            'php_admin_value[max_execution_time] = 300',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: ['uwsgi_pass {address};', 'include uwsgi_params;', 'uwsgi_read_timeout 300s;'].join(
            '\n',
          ),
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'command',
          text: 'gunicorn --timeout 300 app:app',
          expect:
            'gunicorn kills a sync worker that is silent for `--timeout` seconds (30 by default) and logs `WORKER TIMEOUT`; keep it at least as long as nginx waits.',
          when: { backend: ['python'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'more-backend-workers',
      title: 'Give the backend enough workers for its traffic',
      why: 'When every worker is busy, new requests wait in a queue and the wait counts against nginx’s time-out. More workers, threads or instances shorten the queue. gunicorn’s default is a single sync worker, which handles one request at a time.',
      tradeoff:
        'Each worker costs memory; check free memory first. If the workers are busy because of one slow dependency, more workers just put more load on it.',
      steps: [
        {
          kind: 'command',
          text: 'gunicorn --workers 5 --threads 2 --timeout 60 app:app',
          expect: 'More workers or threads let slow requests run side by side instead of queueing.',
          when: { backend: ['python'] },
        },
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: '/etc/uwsgi/apps-enabled/{service}.ini',
          text: '[uwsgi]\n; worker processes, each with its own threads\nprocesses = 4\nthreads = 2',
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'command',
          text: 'pm2 start server.js -i max --name {service}',
          expect: 'Cluster mode runs one Node process per CPU core.',
          when: { backend: ['node'], runtime: ['pm2'] },
        },
        {
          kind: 'command',
          text: 'docker compose up -d --scale {service}=3',
          expect:
            'Three containers of the service; nginx must reach them by the service name (Docker’s DNS returns all of them) or list each in an `upstream`.',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'kubectl scale deployment/{service} --replicas=3',
          expect: 'More pods behind the same Service; `kubectl get endpoints` lists them.',
          when: { runtime: ['kubernetes'] },
        },
      ],
    },
    {
      id: 'raise-pm-max-children',
      title: 'PHP-FPM: size the pool for the traffic',
      why: 'PHP-FPM runs at most `pm.max_children` requests at once; the rest wait, and the log says `server reached pm.max_children setting`. A pool sized from the memory each child really uses serves more requests at once without running out of memory.',
      tradeoff:
        'Each child costs memory (often 30–100 MB). Too many children and the machine swaps or the OOM killer steps in; if children are busy waiting on a slow database, more children only add load to it.',
      steps: [
        {
          kind: 'command',
          text: 'ps -C php-fpm{phpVersion} -o rss= | awk \'{ sum += $1; n++ } END { if (n) print n " children, " int(sum / n / 1024) " MB each" }\'',
          expect:
            'The average child size. (Memory you can give PHP) / (this size) is the highest safe `pm.max_children`. The process is named `php-fpm` on RHEL and in Docker images.',
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: [
            '; Size from memory: (RAM you can give PHP) / (average child size).',
            'pm = dynamic',
            'pm.max_children = 20',
            'pm.start_servers = 4',
            'pm.min_spare_servers = 2',
            'pm.max_spare_servers = 6',
          ].join('\n'),
        },
        {
          kind: 'command',
          text: 'sudo php-fpm{phpVersion} -t && sudo systemctl reload php{phpVersion}-fpm',
          expect: '`test is successful`; the new limits apply after the reload.',
          when: { distro: ['debian', 'other'] },
        },
      ],
      when: { backend: ['php-fpm'] },
    },
    killStuckWorkersOption,
    {
      id: 'websocket-upgrade-headers',
      title: 'Idle WebSocket or event streams: allow the silence, or send heartbeats',
      why: 'For a WebSocket, server-sent events or a long poll, `proxy_read_timeout` counts the silence between two messages, not the length of the connection. The location must pass the `Upgrade` headers (WebSocket) or turn off buffering (event streams), and either allow a longer silence or rely on a heartbeat every 15–30 s from the app.',
      tradeoff:
        'A little traffic per open stream for heartbeats; long time-outs keep connections open per visitor. `proxy_buffering off` only belongs on streaming locations.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'server',
          file: '{configPath}',
          text: [
            'location /socket.io/ {',
            '    proxy_pass http://{address};',
            '    proxy_http_version 1.1;',
            '    proxy_set_header Upgrade $http_upgrade;',
            '    proxy_set_header Connection "upgrade";',
            '    proxy_read_timeout 1h;',
            '}',
            'location /events {',
            '    proxy_pass http://{address};',
            '    proxy_http_version 1.1;',
            '    proxy_set_header Connection "";',
            '    proxy_buffering off;',
            '    # The app sends a heartbeat at least every 30 s, well inside this.',
            '    proxy_read_timeout 120s;',
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
            '    nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"',
            '    nginx.ingress.kubernetes.io/proxy-send-timeout: "3600"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'align-front-timeouts',
      title: 'Raise the timeout of what sits in front of nginx too',
      why: 'A load balancer or CDN in front of nginx has its own limit. If it is shorter than nginx’s, visitors get the front’s timeout page even though nginx would have waited: an AWS Application Load Balancer closes a silent connection after 60 s by default, and Cloudflare gives up on a proxied request after 100 s (error 524).',
      tradeoff:
        'Longer limits keep more connections open at the front. Cloudflare’s 100 s can only be raised on the Enterprise plan; slower endpoints must answer sooner (background job) or be served from a hostname that is not proxied through Cloudflare.',
      steps: [
        {
          kind: 'command',
          text: 'LB_ARN=arn:aws:elasticloadbalancing:...  # your load balancer\naws elbv2 modify-load-balancer-attributes --load-balancer-arn "$LB_ARN" --attributes Key=idle_timeout.timeout_seconds,Value=300',
          expect:
            'AWS ALB: the new `idle_timeout.timeout_seconds` in the output. Other clouds have the same setting on the load balancer or its backend service (Google Cloud: the backend service timeout).',
          when: { front: ['cloud-lb'] },
        },
        {
          kind: 'command',
          text: "curl -s -o /dev/null -w '%{http_code} after %{time_total}s\\n' --max-time 330 https://{server}{path}",
          expect:
            'Through the front: `524` after about 100 s is Cloudflare’s limit, `504` after exactly the load balancer’s idle timeout is the load balancer’s.',
          when: { front: ['cloudflare', 'cloud-lb'] },
        },
      ],
      when: { front: ['cloudflare', 'cloud-lb'] },
    },
  ],
  prevent: [
    'Record `$upstream_response_time` and alert on its 95th/99th percentile per endpoint, not just on 504s: slowness grows for weeks before it crosses 60 s.',
    'Give every outgoing call of the app (database, HTTP APIs, caches) its own timeout shorter than nginx’s, so a hung dependency fails with a clear error in the app’s log instead of a 504.',
    'Keep timeouts in a chain that makes sense: client-facing proxy (Cloudflare, load balancer) ≥ nginx ≥ app server ≥ app’s own calls.',
    'If a CDN or load balancer is in front: Cloudflare cuts a proxied request after 100 s by default (its 524 error) and cloud load balancers have an idle timeout (60 s on AWS ALB by default); a slow endpoint needs them raised too, or moving to a background job.',
    'Run slow work in background jobs and keep web requests short.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
