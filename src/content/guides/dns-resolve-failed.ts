import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import { PREVENT_ALERT_5XX, PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'
import { addResolverOption, readyBeforeTrafficOption, resolverIpv4Option } from './steps-connect.ts'

export const guide: CauseGuide = {
  cause: 'dns-resolve-failed',
  explain: [
    'nginx asked a DNS server for the backend’s address and got no usable answer. At request time (a `proxy_pass` with a variable and a `resolver`), the log says `could not be resolved` followed by the DNS answer: `Host not found` (the name does not exist), `Server failure`, `Operation refused`, or `Operation timed out` (the DNS server did not reply within `resolver_timeout`, 30 s by default). Lines ending in `while resolving, resolver: …` show nginx could not even reach the DNS server.',
    'The client gets 502 Bad Gateway, and that includes DNS time-outs: even though something timed out, it is a 502, not a 504. The `$upstream_*` variables are `-` because no backend was tried.',
    'At start-up or reload the same problem looks different: `host not found in upstream` is a fatal configuration error. nginx refuses to start, or refuses the reload and keeps serving with the previous configuration, so a fix that seemed applied may not be.',
  ],
  usual: [
    'A typo in the name, or a backend that was renamed or removed.',
    'Docker: the backend container is stopped or on another network. Docker’s DNS only knows running containers on the same network, so a crashed container makes its name disappear.',
    'Kubernetes: a short name such as `api` used with nginx’s resolver, which ignores the pod’s search domains; the full `api.namespace.svc.cluster.local` is needed.',
    'The resolver address is wrong for where nginx runs: `127.0.0.11` outside Docker, `127.0.0.53` without systemd-resolved, a public resolver (8.8.8.8) asked about an internal name.',
    'The backend name exists only in `/etc/hosts`, which nginx’s resolver does not read.',
    'The DNS server is down, slow, or firewalled (UDP port 53 blocked).',
  ],
  confirm: [
    ...CONNECT_CHECKS['dns-resolve-failed'],
    {
      kind: 'command',
      text: 'resolvectl query {host} 2>/dev/null || nslookup {host} 127.0.0.53',
      expect:
        'Ask the resolver nginx uses directly (replace `127.0.0.53` with the address from the `resolver` line). `NXDOMAIN` / `not found` means the name does not exist there; a time-out means that server does not answer.',
    },
    {
      kind: 'command',
      text: "sudo grep -E 'host not found in upstream|could not be resolved|while resolving' /var/log/nginx/error.log | tail -n 5",
      expect:
        '`host not found in upstream … in /etc/nginx/…:LINE` means a reload or start was refused because of that line: the running configuration is the old one.',
    },
  ],
  fix: [
    {
      id: 'fix-upstream-name',
      title: 'Use a name that really exists where nginx asks',
      why: 'Correct the typo, or use the name the DNS server knows: in Kubernetes the full `service.namespace.svc.cluster.local` (nginx’s resolver does not add search domains), in Docker the Compose service name (or container name) of a service on a network shared with nginx, elsewhere a name that is in DNS rather than only in `/etc/hosts`.',
      tradeoff: 'None.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'resolver 10.96.0.10 valid=10s ipv6=off;',
            'resolver_timeout 5s;',
            '# The full name: nginx’s resolver does not append search domains.',
            'set $backend_url http://{service}.default.svc.cluster.local:{port};',
            'proxy_pass $backend_url;',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        {
          kind: 'command',
          text: "docker compose config --services\ndocker network inspect -f '{{.Name}}:{{range .Containers}} {{.Name}}{{end}}' $(docker network ls -q)",
          expect:
            'The service names nginx can use, and which containers share a network. Use one of these names in `proxy_pass`, spelled exactly, on a network nginx’s container is on too.',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'getent ahosts {host}\ngrep -w -- "{host}" /etc/hosts',
          expect:
            'A name found only in `/etc/hosts` works for names nginx resolves at start-up but not for its run-time `resolver`: put it in DNS, or write the address itself.',
          when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'fix-resolver-address',
      title: 'Point nginx at a DNS server that is reachable and knows the name',
      why: 'nginx’s resolver must be reachable from where nginx runs: systemd-resolved (`127.0.0.53`) on a host that uses it, Docker’s `127.0.0.11` inside containers, the cluster DNS in Kubernetes, or your internal DNS server for internal names. `127.0.0.11` outside a container, or a public resolver (8.8.8.8) asked about an internal name, fails every time.',
      tradeoff: 'A lower `valid=` follows address changes faster but sends more DNS queries.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/nginx.conf',
          text: [
            '# One resolver for the whole http block: the one in /etc/resolv.conf of this host.',
            'resolver 127.0.0.53 valid=30s;',
            'resolver_timeout 5s;',
          ].join('\n'),
          when: { location: ['same-host', 'other-host'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/nginx.conf',
          text: [
            '# Inside a Docker container.',
            'resolver 127.0.0.11 valid=10s;',
            'resolver_timeout 5s;',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/nginx.conf',
          text: [
            '# The kube-dns Service address (kubectl -n kube-system get svc kube-dns).',
            'resolver 10.96.0.10 valid=10s;',
            'resolver_timeout 5s;',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    readyBeforeTrafficOption,
    addResolverOption,
    {
      id: 're-resolve-upstream',
      title: 'Let nginx start even when the backend’s name is not resolvable yet',
      why: 'A name written directly in `proxy_pass` or `upstream` is resolved at start-up; if it fails, nginx refuses to start or to reload (common in Docker when nginx starts before the app). With a variable and a `resolver`, the lookup happens while nginx runs instead: nginx starts, answers 502 until the backend exists, then works without a reload, and follows the backend when its address changes.',
      tradeoff:
        'A request may wait for a DNS answer when the cache has expired; keep `resolver_timeout` short.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'resolver 127.0.0.11 valid=10s;',
            'set $backend_url http://{host}:{port};',
            'proxy_pass $backend_url;',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'resolver 127.0.0.53 valid=30s;',
            'set $backend_url http://{host}:{port};',
            'proxy_pass $backend_url;',
          ].join('\n'),
          when: { runtime: ['systemd', 'pm2', 'supervisor', 'other'] },
        },
        ...reloadNginx,
      ],
    },
    {
      ...resolverIpv4Option,
      why: 'Some DNS servers answer IPv4 (A) questions but time out or fail on IPv6 (AAAA) ones, and nginx asks for both by default, so the whole lookup fails (`Operation timed out`, `Server failure`). `ipv6=off` makes nginx ask only for IPv4 addresses, which is also right wherever IPv6 is not routed.',
    },
  ],
  prevent: [
    'Use fully qualified names for backends that nginx resolves at run time, and keep one `resolver` line per `http` block that matches the environment (host, Docker or Kubernetes).',
    'In Docker Compose, give the backend a health check and make nginx `depends_on` it with `condition: service_healthy`, and keep both on one named network.',
    'After every reload, check the error log for `[emerg]`: a refused reload leaves the old configuration running silently.',
    'Monitor the DNS server nginx uses; when it is down, every variable-based `proxy_pass` fails.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
