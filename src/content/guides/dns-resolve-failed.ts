import type { CauseGuide } from '../../core/fix/types.ts'
import { PREVENT_ALERT_5XX, PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

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
    {
      kind: 'command',
      text: 'getent ahosts {host}',
      expect:
        'The system lookup (which does read `/etc/hosts` and search domains). An address here but a failure in nginx means the name only works through `/etc/hosts` or a search domain, or nginx asks another DNS server.',
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE 'resolver|proxy_pass'",
      expect:
        'The DNS server(s) nginx asks. It must be reachable from where nginx runs and know the name.',
    },
    {
      kind: 'command',
      text: 'resolvectl query {host} 2>/dev/null || nslookup {host} 127.0.0.53',
      expect:
        'Ask the resolver nginx uses directly (replace `127.0.0.53` with the address from the `resolver` line). `NXDOMAIN` / `not found` means the name does not exist there; a time-out means that server does not answer.',
    },
    {
      kind: 'command',
      text: 'docker compose ps -a\ndocker compose exec nginx getent hosts {service}',
      expect:
        'The backend must be `running` and on a network shared with nginx; the second command must print its address. Nothing printed means Docker’s DNS does not know the name from nginx’s container.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'kubectl get svc -A | grep -w {service}\nkubectl -n kube-system get svc kube-dns',
      expect:
        'The Service and its namespace, for the full name `{service}.<namespace>.svc.cluster.local`, and the DNS address to use as resolver.',
      when: { runtime: ['kubernetes'] },
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
      title: 'Use a name the resolver really knows',
      why: 'Correct the typo, or use the fully qualified name: in Kubernetes `service.namespace.svc.cluster.local`, in Docker the Compose service name on a shared network.',
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
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            '# nginx and the app on one network; nginx reaches it as "{service}".',
            'services:',
            '  {service}:',
            '    networks: [web]',
            '  nginx:',
            '    networks: [web]',
            '    depends_on:',
            '      {service}:',
            '        condition: service_healthy',
            'networks:',
            '  web: {}',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Point nginx at a DNS server that is reachable and knows the name',
      why: 'nginx’s resolver must be reachable from where nginx runs: systemd-resolved (`127.0.0.53`) on a host that uses it, Docker’s `127.0.0.11` inside containers, the cluster DNS in Kubernetes, or your internal DNS server for internal names. Public resolvers do not know internal names.',
      tradeoff: 'A lower `valid=` follows address changes faster but sends more DNS queries.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/nginx.conf',
          text: [
            '# One resolver for the whole http block; answers cached 30 s, no IPv6 answers.',
            'resolver 127.0.0.53 valid=30s ipv6=off;',
            'resolver_timeout 5s;',
          ].join('\n'),
          when: { location: ['same-host', 'other-host'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/nginx.conf',
          text: ['resolver 127.0.0.11 valid=10s ipv6=off;', 'resolver_timeout 5s;'].join('\n'),
          when: { runtime: ['docker'] },
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Let nginx start even when the backend’s name is not resolvable yet',
      why: 'A name written directly in `proxy_pass` or `upstream` is resolved at start-up; if it fails, nginx refuses to start (common in Docker when nginx starts before the app). With a variable and a `resolver`, the lookup happens per request instead: nginx starts, returns 502 until the backend exists, then works without a reload.',
      tradeoff:
        'Each request may wait for a DNS answer when the cache has expired; keep `resolver_timeout` short.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'resolver 127.0.0.11 valid=10s ipv6=off;',
            'set $backend_url http://{service}:{port};',
            'proxy_pass $backend_url;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
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
