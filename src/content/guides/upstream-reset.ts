import type { CauseGuide, FixOption } from '../../core/fix/types.ts'
import { BACKEND_CHECKS } from '../first-checks/backend.ts'
import {
  checkNginxTimeouts,
  checkOomKills,
  checkServiceLogs,
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
  websocketUpgradeOption,
} from './steps-backend.ts'
import { disablePhpExtensionOption, upgradeBackendOption } from './backend-crash.ts'

/** nginx and the backend must speak the same protocol on that port. */
export const matchProtocolOption: FixOption = {
  id: 'match-upstream-protocol',
  title: 'Speak the protocol the backend port expects',
  why: 'A port answers only its own protocol. A uWSGI `socket` speaks the binary uwsgi protocol, so an HTTP request from `proxy_pass` is read as a packet of nonsense size and dropped (`invalid request block size: 8261` for a GET). A port that expects TLS drops or resets plain HTTP. nginx then sees the connection close before any answer.',
  tradeoff:
    'Pick one side to change. `uwsgi_pass` keeps uWSGI’s faster protocol; `http-socket` lets the same port serve plain HTTP.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# uWSGI started with "socket =": talk uwsgi to it, not HTTP.',
        'include uwsgi_params;',
        'uwsgi_pass {address};',
      ].join('\n'),
      when: { backend: ['uwsgi', 'python'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/uwsgi/apps-enabled/{service}.ini',
      text: '[uwsgi]\n; or keep proxy_pass and make uWSGI speak HTTP on that port instead of "socket ="\nhttp-socket = :{port}',
      when: { backend: ['uwsgi', 'python'] },
    },
    {
      kind: 'command',
      text: "curl -skv -o /dev/null https://{address}{path} 2>&1 | grep -E 'SSL connection|HTTP/'",
      expect:
        'Only for an HTTP backend. `SSL connection using …` and a status line mean the port speaks TLS: use the snippet below.',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        '# The backend port speaks TLS: say https, and send the name it expects.',
        'proxy_pass https://{address};',
        'proxy_ssl_server_name on;',
        'proxy_ssl_name {host};',
      ].join('\n'),
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'ingress.yaml',
      text: [
        'metadata:',
        '  annotations:',
        '    # ingress-nginx: the pod serves TLS; send SNI too',
        '    nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"',
        '    nginx.ingress.kubernetes.io/proxy-ssl-server-name: "on"',
      ].join('\n'),
      when: { runtime: ['kubernetes'], backend: ['node', 'python', 'java', 'other'] },
    },
    ...reloadNginx,
  ],
  when: { backend: ['uwsgi', 'python', 'node', 'java', 'other'] },
}

/** Keep-alive to the backend needs HTTP/1.1 and no Connection header from the client. */
export const http11KeepaliveOption: FixOption = {
  id: 'http11-keepalive-headers',
  title: 'Keep-alive to the backend: HTTP/1.1 and an empty `Connection` header',
  why: 'nginx speaks HTTP/1.0 with `Connection: close` to backends unless told otherwise. For connection reuse (`keepalive` in the `upstream` block) nginx’s documentation requires `proxy_http_version 1.1` and `proxy_set_header Connection ""` in the location. Any other `Connection` value there (`upgrade` copied from a WebSocket example, `keep-alive`, the client’s own header) changes how the backend treats the connection, and a backend that closes a connection nginx still counts as reusable produces exactly these closes and resets.',
  tradeoff:
    'None for normal HTTP. A WebSocket location still needs its own `Upgrade`/`Connection` headers.',
  steps: [
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE 'keepalive|proxy_http_version|proxy_set_header +Connection'",
      expect:
        'A `keepalive` line in an `upstream` block without `proxy_http_version 1.1` and `proxy_set_header Connection ""` in the locations that use it is the mismatch.',
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        'proxy_pass http://{group};',
        '# Needed for connection reuse to the upstream group.',
        'proxy_http_version 1.1;',
        'proxy_set_header Connection "";',
      ].join('\n'),
    },
    ...reloadNginx,
  ],
}

export const guide: CauseGuide = {
  cause: 'upstream-reset',
  explain: [
    'A connection reset is an abrupt hang-up: instead of closing the connection politely, the other side (or a device in between) sent a TCP reset, which throws away anything not yet delivered. nginx logs it as `recv()`, `readv()` or `writev()` `failed (104: Connection reset by peer)`. A process that is killed while it holds a connection, or that closes a connection with unread data still in it, produces exactly this.',
    'If no response header had arrived yet, the client gets 502 Bad Gateway. GET requests on a reused keep-alive connection are retried once without telling anyone; a POST that was already sent is not retried and becomes a 502. If the reset comes while the body is being relayed (`while reading upstream`), the client keeps the status it already got (usually 200) and a truncated download.',
  ],
  usual: [
    'A keep-alive race: the backend closed an idle connection that nginx had just picked for a new request (the backend’s idle time-out is shorter than nginx’s reuse time: Node.js 5 s, uvicorn 5 s, gunicorn’s threaded and async workers 2 s).',
    'The backend process or worker died mid-request: a PHP-FPM child that `exited on signal 11 (SIGSEGV)` (an extension or the opcache JIT), an uncaught exception, the out-of-memory killer, a deploy.',
    'The app server killed a slow request: PHP-FPM’s `request_terminate_timeout`, gunicorn’s worker time-out, uWSGI’s `harakiri`.',
    'nginx speaks plain HTTP to a port that expects TLS (or the other protocol), and the backend resets the unintelligible connection.',
    'A firewall, NAT gateway or load balancer between nginx and the backend drops idle connections from its table and answers later packets with a reset.',
    'A WebSocket path without the `Upgrade` headers, which the backend refuses.',
  ],
  confirm: [
    ...BACKEND_CHECKS['upstream-reset'],
    ...checkServiceLogs,
    checkOomKills,
    checkNginxTimeouts,
    {
      kind: 'command',
      text: "sudo grep 'Connection reset by peer' /var/log/nginx/error.log | grep -oE 'while [a-z ]+' | sort | uniq -c",
      expect:
        '`while reading response header from upstream` gave the client a 502; `while reading upstream` cut a response that had started (status unchanged); `while sending request to upstream` happened during the upload.',
    },
    {
      kind: 'command',
      text: "sudo journalctl -k --since '24 hours ago' --no-pager | grep -E 'php-fpm.*segfault' | tail -n 5",
      expect:
        'A line such as `php-fpm8.1[1234]: segfault at … error 4 in opcache.so` names the library that crashed: that extension is the one to disable or upgrade.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: 'sysctl net.ipv4.tcp_abort_on_overflow\nnstat -az TcpExtListenOverflows',
      expect:
        'Run on the backend host. `= 1` together with a growing `ListenOverflows` means new connections are reset because the app is not accepting fast enough.',
    },
  ],
  fix: [
    keepaliveAlignmentOption,
    fixBackendCrashOption,
    disablePhpExtensionOption,
    upgradeBackendOption,
    appServerTimeoutOption,
    matchProtocolOption,
    http11KeepaliveOption,
    {
      id: 'remove-upstream-keepalive',
      title: 'Stop reusing connections the backend (or the network) cannot keep',
      why: 'nginx keeps idle connections to a backend only because of `keepalive` in the `upstream` block. When the backend’s idle time-out cannot be raised, or a firewall or NAT in between silently forgets idle connections, every reuse risks a reset. For PHP-FPM, `fastcgi_keep_conn on` ties each idle connection to one PHP child, which goes away when the child is recycled (`pm.max_requests`, `pm = ondemand`). Without `keepalive`, nginx opens a fresh connection for every request and never sends one into a dead connection.',
      tradeoff:
        'One TCP handshake per request, a little more latency and more sockets in `TIME_WAIT` under heavy load; on the same machine or a fast network this is rarely noticeable.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '{configPath}',
          text: [
            'upstream {group} {',
            '    server {address};',
            '    # No "keepalive" line: a fresh connection for every request.',
            '}',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: '# The default: PHP-FPM closes the connection after each request.\nfastcgi_keep_conn off;',
          when: { backend: ['php-fpm'] },
        },
        ...reloadNginx,
      ],
    },
    websocketUpgradeOption,
    restartPolicyOption,
    nextUpstreamOption,
  ],
  prevent: [
    'Keep the backend’s idle keep-alive time-out longer than nginx’s `keepalive_timeout` in the `upstream` block, and both shorter than any firewall or NAT idle time-out in between.',
    'Align kill time-outs (PHP-FPM `request_terminate_timeout`, gunicorn `--timeout`, uWSGI `harakiri`) with nginx’s read time-out, and log slow requests so they are fixed before they are killed.',
    'Watch the PHP-FPM log for `exited on signal` after every PHP or extension update, and keep a core dump of the first crash for the bug report.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
