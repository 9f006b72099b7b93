import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import {
  keepaliveAlignmentOption,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  reloadNginx,
} from './common.ts'
import { raisePmMaxChildrenOption } from './php-fpm-max-children.ts'
import { killStuckWorkersOption } from './steps-backend.ts'
import { moreWorkersOption, socketBacklogOption } from './steps-connect.ts'

export const guide: CauseGuide = {
  cause: 'resource-exhaustion',
  explain: [
    'nginx ran into a limit of its own or of the operating system, not a problem in the backend. Each proxied request holds two connections (one to the client, one to the backend) and at least two file descriptors. `worker_connections are not enough` means a worker reached its connection limit; `Too many open files` (24) means the process reached its file-descriptor limit; `Cannot assign requested address` (99) towards an IPv4 backend means no free local port was left for a new connection; `Resource temporarily unavailable` (11) on a unix socket means the backend’s queue on that socket was full.',
    'The status depends on which limit. When nginx cannot even create the connection (connection or file limit), it answers 500 Internal Server Error, with an empty `$upstream_addr` and `$upstream_status` `-`. When the kernel refuses the connection (no free port, full socket queue), it is a failed connection attempt and the client gets 502. When the limit is hit while accepting clients (`accept4() failed (24: …)`), those clients get no answer at all and see time-outs or resets.',
  ],
  usual: [
    '`worker_connections` left at a low default (512 compiled in, 768 in Debian’s nginx.conf) on a busy proxy, forgetting that every proxied request counts twice.',
    'The open-files limit: 1024 by default for a process, unless raised with `worker_rlimit_nofile` in nginx or `LimitNOFILE` in nginx’s systemd unit.',
    'No keep-alive to the backend: every request opens a new TCP connection, and tens of thousands of closed connections waiting in TIME_WAIT use up the local ports towards that one backend.',
    'A full queue on the backend’s unix socket: every PHP-FPM child or app worker is busy (see `pm.max_children`) and the socket’s `listen.backlog` is short.',
    'Slow clients or long-lived connections (WebSockets, long polls, big downloads) holding connections, including old workers that linger after reloads.',
  ],
  confirm: [
    ...CONNECT_CHECKS['resource-exhaustion'],
    {
      kind: 'command',
      text: "for pid in $(pgrep -f 'nginx: worker'); do printf '%s: %s open, limit: ' \"$pid\" \"$(sudo ls /proc/$pid/fd | wc -l)\"; sudo grep 'Max open files' /proc/$pid/limits | awk '{ print $4 }'; done",
      expect:
        'Open file descriptors per worker against its limit. Close to the limit confirms `Too many open files`.',
    },
    {
      kind: 'command',
      text: 'curl -s http://127.0.0.1/nginx_status',
      expect:
        'Needs `stub_status` (see the prevention below). `Active connections` near `worker_connections × worker_processes` means the connection limit is the problem; `accepts` growing faster than `handled` means nginx is dropping connections.',
    },
    {
      kind: 'command',
      text: "ss -s\nss -tan state time-wait '( dport = :{port} )' | wc -l\nsysctl net.ipv4.ip_local_port_range",
      expect:
        'Tens of thousands of TIME_WAIT connections to the backend port, close to the size of the local port range (about 28 000 by default), confirm port exhaustion.',
    },
    {
      kind: 'command',
      text: "sudo ss -xl | grep -F -- '{socket}'\nnstat -az TcpExtListenOverflows",
      expect:
        'For a unix socket, `Recv-Q` equal to `Send-Q` means its queue is full (`Resource temporarily unavailable`). For TCP backends, a growing `ListenOverflows` counter on the backend host means its accept queue overflows.',
    },
    {
      kind: 'command',
      text: 'systemctl show nginx -p LimitNOFILE',
      expect:
        '`LimitNOFILE=1024` (or similar) is the per-process open-files limit nginx starts with.',
      when: { runtime: ['systemd'] },
    },
  ],
  fix: [
    {
      id: 'raise-worker-connections',
      title: 'Raise worker_connections',
      why: '`worker_connections` is the most connections one worker may hold, and every proxied request holds two (the client’s and the backend’s), plus idle keep-alive connections. Set it to at least twice the concurrent requests you expect per worker.',
      tradeoff:
        'Each connection costs a little memory. Every connection is also an open file: keep the open-files limit (next option) above it, or the error just changes to `Too many open files`.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'file',
          file: '/etc/nginx/nginx.conf',
          text: [
            'worker_processes auto;',
            '# Old workers get 30 s to finish long requests after a reload, then close them.',
            'worker_shutdown_timeout 30s;',
            '',
            'events {',
            '    # Counts client and backend connections together.',
            '    worker_connections 16384;',
            '}',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress-nginx-configmap.yaml',
          text: [
            '# ingress-nginx controller ConfigMap',
            'data:',
            '  max-worker-connections: "16384"',
            '  worker-shutdown-timeout: "30s"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'raise-nofile',
      title: 'Raise nginx’s open-files limit',
      why: '`Too many open files` (24) means a worker reached its file-descriptor limit, 1024 by default for a process. `worker_rlimit_nofile` raises it for the workers from nginx.conf; the service manager’s limit (`LimitNOFILE` in systemd, `ulimits` in Docker) applies to the master and is what a restart picks up.',
      tradeoff: 'Hardly any: file descriptors are cheap. Keep it above `worker_connections`.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'file',
          file: '/etc/nginx/nginx.conf',
          text: [
            '# Open files per worker: above worker_connections.',
            'worker_rlimit_nofile 65535;',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'systemd',
          context: 'file',
          file: '/etc/systemd/system/nginx.service.d/limits.conf',
          text: [
            '[Service]',
            '# The open-files limit nginx starts with.',
            'LimitNOFILE=65535',
          ].join('\n'),
          when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
        },
        {
          kind: 'command',
          text: 'sudo systemctl daemon-reload\nsudo nginx -t && sudo systemctl restart nginx\nsudo grep "Max open files" /proc/$(pgrep -f "nginx: worker" | head -n 1)/limits',
          expect:
            'A restart (not a reload) applies the systemd limit. The worker shows `Max open files 65535 65535 files`.',
          when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            'services:',
            '  nginx:',
            '    ulimits:',
            '      nofile: { soft: 65535, hard: 65535 }',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress-nginx-configmap.yaml',
          text: [
            '# ingress-nginx controller ConfigMap',
            'data:',
            '  max-worker-open-files: "65535"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
      ],
    },
    {
      id: 'widen-ephemeral-ports',
      title: 'Stop using up local ports: keep-alive to the backend, and a wider port range',
      why: 'Without keep-alive, nginx opens and closes a TCP connection to the backend for every request, and each closed connection keeps its local port busy for about a minute (TIME_WAIT). At a few hundred requests per second to one backend address the ports run out: `99: Cannot assign requested address`. Reusing a small pool of connections removes the churn; a wider `ip_local_port_range` (32768–60999 by default, about 28 000 ports) adds room. The backend must keep idle connections open longer than nginx does (Node’s default is only 5 s), or the reuse causes resets.',
      tradeoff:
        'Ports in the new range must not be ones services on this machine listen on. Keep-alive is the real fix; the range only buys time.',
      steps: [
        ...keepaliveAlignmentOption.steps,
        {
          kind: 'command',
          text: 'sudo sysctl -w net.ipv4.ip_local_port_range="15000 65000"\necho "net.ipv4.ip_local_port_range = 15000 65000" | sudo tee /etc/sysctl.d/90-port-range.conf',
          expect: '`net.ipv4.ip_local_port_range = 15000 65000`.',
          when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
        },
      ],
    },
    socketBacklogOption,
    moreWorkersOption,
    killStuckWorkersOption,
    raisePmMaxChildrenOption,
  ],
  prevent: [
    'Size `worker_connections` for twice your peak concurrent requests per worker, with `worker_rlimit_nofile` (and `LimitNOFILE`) above it.',
    'Always use `keepalive` in `upstream` blocks for HTTP backends, with `proxy_http_version 1.1` and an empty `Connection` header.',
    'Turn on `stub_status` (a `location = /nginx_status { stub_status; allow 127.0.0.1; deny all; }`) and graph it: active connections, accepts versus handled.',
    'Watch the listen queues of backends (`ss -ltn` Recv-Q, `nstat TcpExtListenOverflows`) and of unix sockets (`ss -xl`).',
    'Set `worker_shutdown_timeout` so old workers do not keep connections for hours after each reload.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
