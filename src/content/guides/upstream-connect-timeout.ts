import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import {
  checkNginxTimeouts,
  nextUpstreamOption,
  passiveHealthOption,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  reloadNginx,
} from './common.ts'
import {
  moreWorkersOption,
  openNetworkPathOption,
  reResolveOption,
  socketBacklogOption,
} from './steps-connect.ts'

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
    ...CONNECT_CHECKS['upstream-connect-timeout'],
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
    openNetworkPathOption,
    {
      id: 'fail-fast',
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
            'fastcgi_pass {address};',
            'include fastcgi_params;',
            'fastcgi_connect_timeout 5s;',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        ...reloadNginx,
      ],
    },
    moreWorkersOption,
    socketBacklogOption,
    nextUpstreamOption,
    reResolveOption,
    passiveHealthOption,
  ],
  prevent: [
    'Keep `proxy_connect_timeout` short (a few seconds) for backends on the same network, so a dead server costs seconds, not a minute per request.',
    'Watch `TcpExtListenOverflows` (`nstat`) and the `Recv-Q` of listening sockets on backend hosts: growth means the app cannot keep up with new connections.',
    'Manage firewall and security-group rules for backend ports as code, with the nginx hosts as the only allowed sources.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
