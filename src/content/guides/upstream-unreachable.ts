import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import {
  checkNginxTarget,
  passiveHealthOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
} from './common.ts'
import {
  openNetworkPathOption,
  reResolveOption,
  resolverIpv4Option,
  useServiceNameOption,
} from './steps-connect.ts'
import { fixBackendCrashOption } from './steps-backend.ts'

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
    ...CONNECT_CHECKS['upstream-unreachable'],
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
  ],
  fix: [
    openNetworkPathOption,
    reResolveOption,
    {
      id: 'start-backend',
      title: 'Bring the backend host, container or its network back',
      why: 'If the machine, VM, container or private network (VPN, peering, Docker network) is down, nothing answers for the backend’s address. Start it again, then check from where nginx runs.',
      tradeoff:
        'None; this is the actual repair. Until it is done only failover helps (taking the server out of rotation, a second server).',
      steps: [
        {
          kind: 'command',
          text: 'docker compose up -d\ndocker compose ps',
          expect: 'Every container `Up`, on the networks listed in compose.yaml.',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'kubectl get nodes\nkubectl get pods -A -o wide | grep -vE "Running|Completed"',
          expect:
            'Every node `Ready`; pods stuck `Pending` or on a `NotReady` node explain the missing address.',
          when: { runtime: ['kubernetes'] },
        },
        {
          kind: 'command',
          text: "ip -br addr\nip route\ntimeout 5 bash -c 'exec 3<>/dev/tcp/{host}/{port}' && echo reachable",
          expect:
            'On the nginx host, once the backend host is started again: an interface in the backend’s network, a route to it, and finally `reachable`.',
          when: { location: ['other-host'] },
        },
      ],
    },
    passiveHealthOption,
    resolverIpv4Option,
    useServiceNameOption,
    fixBackendCrashOption,
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
