import type { CauseGuide } from '../../core/fix/types.ts'
import {
  checkNginxTarget,
  passiveHealthOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
  reloadNginx,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'upstream-unreachable',
  explain: [
    'nginx could not even get its connection request to the backend machine. The operating system reported that there is no way there: `No route to host` (113) when the host does not answer on its network or a firewall rejects the packet with an ICMP message, `Network is unreachable` (101) when this machine has no route to that network at all (typically an IPv6 address on a host without IPv6 routing), or `Host is down` (112).',
    'The request was never sent, so nginx treats it as a connection error: it tries the next server of the `upstream` block if there is one, and answers 502 Bad Gateway when none is left. Unlike a timeout, this fails fast, usually within a few seconds.',
  ],
  usual: [
    'A firewall on the backend host rejects the port (firewalld’s default is to reject with `icmp-host-prohibited`, which nginx reports as `No route to host`).',
    'The backend machine or VM is down, so nothing on the local network answers for its address.',
    'The backend’s IP address changed (DHCP, a recreated VM or container) and nginx still uses the old one.',
    'The name of the backend also resolves to an IPv6 address that this machine cannot route, so the IPv6 attempt fails with `Network is unreachable`.',
    'A VPN, private link or Docker network between the two machines or containers is down or was recreated.',
  ],
  confirm: [
    {
      kind: 'command',
      text: 'ip route get {host}',
      expect:
        'A line with `dev …` and `src …` means this machine has a route. `RTNETLINK answers: Network is unreachable` confirms a routing problem on the nginx side.',
    },
    {
      kind: 'command',
      text: "timeout 5 bash -c 'exec 3<>/dev/tcp/{host}/{port}' && echo reachable || echo 'not reachable'",
      expect:
        '`No route to host` or `Network is unreachable` reproduces the error from this machine; `reachable` means the path works now (the problem was temporary or is intermittent).',
    },
    {
      kind: 'command',
      text: 'ping -c 3 -W 2 {host}',
      expect:
        '`Destination Host Unreachable` means the host is down or its address is wrong. Replies while the port check fails point at a firewall on the backend.',
    },
    {
      kind: 'command',
      text: 'getent ahosts {host}',
      expect:
        'For a name: the addresses nginx may use. An IPv6 address here on a host without IPv6 routing explains `Network is unreachable`.',
    },
    checkNginxTarget,
    {
      kind: 'command',
      text: 'sudo firewall-cmd --list-all\nsudo nft list ruleset | grep -nE "reject|drop"',
      expect:
        'Run on the backend host. The backend port missing from `ports:`/`services:`, or a `reject` rule that matches it, explains the refusal.',
      when: { distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: 'sudo ufw status verbose\nsudo iptables -S | grep -iE "reject|drop"',
      expect:
        'Run on the backend host. A `REJECT` rule covering the backend port explains the error.',
      when: { distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: 'docker network ls\ndocker inspect -f "{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}" $(docker compose ps -q)',
      expect:
        'The addresses containers have now. If nginx uses a fixed container IP that is not in this list, the container was recreated with a new address.',
      when: { runtime: ['docker'] },
    },
  ],
  fix: [
    {
      title: 'Open the backend port to the nginx host in the backend’s firewall',
      why: 'If the backend runs but its firewall rejects the port, allowing exactly the nginx host to that port makes the connection work without exposing the backend to everyone.',
      tradeoff:
        'Every opened port is more attack surface: allow only the nginx host’s address, not the whole network.',
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
          expect: 'Run on the backend host. `Rule added`.',
          when: { distro: ['debian', 'other'] },
        },
        {
          kind: 'command',
          text: "timeout 5 bash -c 'exec 3<>/dev/tcp/{host}/{port}' && echo reachable",
          expect: 'Run on the nginx host: `reachable`.',
        },
      ],
      when: { location: ['other-host'] },
    },
    {
      title: 'Use an address that stays valid',
      why: 'Fixed container or DHCP addresses change when the machine or container is recreated. A stable name (a DNS record, a Compose service name) or a reserved IP keeps pointing at the backend. With a variable in `proxy_pass`, nginx looks the name up again while it runs, so it follows address changes without a reload.',
      tradeoff:
        'Run-time lookups need a `resolver` that knows the name, and nginx caches answers for `valid=`; a very short cache means more DNS queries.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# System resolver (systemd-resolved). In Docker use 127.0.0.11 instead.',
            '# ipv6=off: only IPv4 answers, for hosts without IPv6 routing.',
            'resolver 127.0.0.53 valid=30s ipv6=off;',
            'resolver_timeout 5s;',
            'set $backend_url http://{host}:{port};',
            'proxy_pass $backend_url;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Bring the backend host or its network back',
      why: 'If the machine, VM or private network is down, nothing on the nginx side can fix it: restore the host (or its VPN / cloud network), then check again from the nginx machine.',
      tradeoff:
        'None; this is the actual repair. Until it is done only failover helps (next option).',
      steps: [
        {
          kind: 'command',
          text: "ip -br addr\nip route\ntimeout 5 bash -c 'exec 3<>/dev/tcp/{host}/{port}' && echo reachable",
          expect:
            'On the nginx host: an interface in the backend’s network, a route to it, and finally `reachable`.',
        },
      ],
    },
    passiveHealthOption,
  ],
  prevent: [
    'Address backends by stable names or reserved IPs, never by addresses that a restart can change.',
    'Keep firewall rules for backend ports in configuration management, with the nginx hosts as the only allowed sources, so a rebuilt host gets them back.',
    'Run at least two backends in different failure domains, with `max_fails`/`fail_timeout` so nginx stops trying an unreachable one for a while.',
    PREVENT_HEALTH_CHECK,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
