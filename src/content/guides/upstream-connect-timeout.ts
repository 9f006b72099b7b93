import type { CauseGuide } from '../../core/fix/types.ts'
import {
  checkNginxTimeouts,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  reloadNginx,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'upstream-connect-timeout',
  explain: [
    'nginx sent a connection request to the backend and heard nothing back at all: no acceptance, no refusal. After `proxy_connect_timeout` (60 s unless set; `fastcgi_connect_timeout` and friends for other protocols) its own timer gave up. Silence, rather than a refusal, means the packets are being dropped somewhere, or the backend is too busy to complete new connections.',
    'Because nginx’s own timer fired, the client gets 504 Gateway Timeout. The same 504 appears with `while SSL handshaking to upstream` when the TLS handshake with an `https://` backend does not finish within that same connect timeout. By contrast, `connect() failed (110: Connection timed out)` without the words “upstream timed out” comes from the kernel giving up first, and that is a 502. Timeouts are retried on the next server of the group by default, so each dead server can add a whole connect timeout to the request.',
  ],
  usual: [
    'A firewall or cloud security group silently drops packets to the backend port (a DROP rule sends no answer, so nginx waits).',
    'The backend host is down on a routed or cloud network, where nobody answers for its address.',
    'The backend is overloaded: its listen queue is full, so the kernel drops new connection attempts until the app accepts the waiting ones (the app is stuck, or has too few workers).',
    'nginx uses a wrong or outdated IP address that leads nowhere.',
    'The connection-tracking table on a firewall or NAT device in between is full and drops new connections.',
  ],
  confirm: [
    {
      kind: 'command',
      text: 'curl -sv --connect-timeout 5 -o /dev/null http://{address}{path}',
      expect:
        'Hanging on `Trying {address}...` and then `Connection timed out` reproduces it: packets go unanswered. `Connected to` at once means the path works now.',
    },
    {
      kind: 'command',
      text: "sudo ss -ltn 'sport = :{port}'",
      expect:
        'Run on the backend host. For a listening socket, `Recv-Q` is the number of connections waiting to be accepted and `Send-Q` the queue size. `Recv-Q` close to `Send-Q` means the queue is full and new connections are dropped.',
    },
    {
      kind: 'command',
      text: 'nstat -az TcpExtListenOverflows TcpExtListenDrops',
      expect:
        'Run on the backend host. Counters that grow between two runs mean the kernel is dropping connections because the application does not accept them fast enough.',
    },
    {
      kind: 'command',
      text: 'sudo timeout 20 tcpdump -ni any -c 20 "host {host} and port {port}"',
      expect:
        'Run on the nginx host while a request fails. Outgoing `[S]` packets repeated with no `[S.]` answer mean they are dropped on the way or at the backend.',
    },
    checkNginxTimeouts,
    {
      kind: 'command',
      text: "sudo dmesg -T | grep -i 'nf_conntrack: table full'\nsudo sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max",
      expect:
        '`table full, dropping packet` or a count at the maximum means the firewall’s connection table is full and new connections are dropped.',
    },
  ],
  fix: [
    {
      title: 'Let the packets through: fix the firewall or security group',
      why: 'A rule that drops traffic to the backend port makes every connection attempt wait until the timeout. Allowing the nginx host to reach that port (or switching a DROP to a REJECT while you debug) turns the 60-second wait into success or an immediate, clear error.',
      tradeoff:
        'Allow only the nginx hosts as sources; do not open the backend port to the internet.',
      steps: [
        {
          kind: 'command',
          text: 'NGINX_IP=10.0.0.5  # the nginx host’s address as the backend sees it\nsudo firewall-cmd --permanent --add-rich-rule="rule family=ipv4 source address=$NGINX_IP port port={port} protocol=tcp accept"\nsudo firewall-cmd --reload',
          expect: 'Run on the backend host. `success` twice.',
          when: { distro: ['rhel'] },
        },
        {
          kind: 'command',
          text: 'NGINX_IP=10.0.0.5  # the nginx host’s address as the backend sees it\nsudo ufw allow from "$NGINX_IP" to any port {port} proto tcp',
          expect:
            'Run on the backend host. `Rule added`. In a cloud, also allow the port in the backend’s security group or network rules.',
          when: { distro: ['debian', 'other'] },
        },
      ],
      when: { location: ['other-host'] },
    },
    {
      title: 'Fail fast: a short connect timeout with a second server',
      why: 'On a local network a healthy backend accepts a connection in milliseconds, so waiting 60 s only makes visitors wait. A connect timeout of a few seconds lets nginx give up quickly and, with a second server in the group, try that one instead.',
      tradeoff:
        'Too short a timeout (under a second) can fail on a briefly overloaded backend or a slow long-distance link. This limits the damage; it does not make an unreachable backend reachable.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'proxy_pass http://{group};',
            '# Connecting should take milliseconds; give up after 5 s and try the next server.',
            'proxy_connect_timeout 5s;',
            'proxy_next_upstream error timeout;',
            'proxy_next_upstream_tries 2;',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'fastcgi_pass unix:{socket};',
            'include fastcgi_params;',
            'fastcgi_connect_timeout 5s;',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Let the backend accept connections faster: more workers, a longer queue',
      why: 'When the listen queue overflows, the kernel drops new connection attempts, which from nginx looks exactly like a firewall drop. More workers accept and serve more connections at once; a longer queue absorbs bursts.',
      tradeoff:
        'A longer queue only buys time: if the app is stuck, requests wait longer before failing. More workers need more memory and CPU.',
      steps: [
        {
          kind: 'command',
          text: 'sudo sysctl -w net.core.somaxconn=4096\necho "net.core.somaxconn = 4096" | sudo tee /etc/sysctl.d/90-listen-queue.conf',
          expect:
            'The kernel ceiling for listen queues. The app must also ask for a long queue when it opens its port (next steps); restart it afterwards.',
        },
        {
          kind: 'snippet',
          language: 'javascript',
          context: 'file',
          file: 'server.js',
          text: '// Node asks for a queue of 511 by default.\nserver.listen({ port: {port}, host: "127.0.0.1", backlog: 4096 })',
          when: { backend: ['node'] },
        },
        {
          kind: 'command',
          text: 'gunicorn --workers 4 --backlog 4096 --bind 127.0.0.1:{port} app:app',
          expect: 'Use about 2 × CPU cores + 1 sync workers as a starting point.',
          when: { backend: ['python'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: 'listen.backlog = 4096',
          when: { backend: ['php-fpm'] },
        },
      ],
    },
    nextUpstreamOption,
  ],
  prevent: [
    'Keep `proxy_connect_timeout` short (a few seconds) for backends on the same network, so a dead server costs seconds, not a minute per request.',
    'Watch `TcpExtListenOverflows` (`nstat`) and the `Recv-Q` of listening sockets on backend hosts: growth means the app cannot keep up with new connections.',
    'Manage firewall and security-group rules for backend ports as code, with the nginx hosts as the only allowed sources.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
