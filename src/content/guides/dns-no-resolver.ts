import type { CauseGuide } from '../../core/fix/types.ts'
import { PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

export const guide: CauseGuide = {
  cause: 'dns-no-resolver',
  explain: [
    'nginx has two ways to turn a backend’s name into an address. A name written directly in `proxy_pass` or an `upstream` block is looked up once, when nginx starts or reloads, using the system’s normal lookup (including `/etc/hosts`). But when `proxy_pass` contains a variable (`proxy_pass http://$backend;`), the name is only known at request time, and nginx then uses its own built-in DNS client, which needs a `resolver` directive saying which DNS server to ask. There is none here, so nginx cannot look the name up.',
    'The request never reaches a backend: the client gets 502 Bad Gateway, the error line has no `upstream:` field, and all `$upstream_*` variables in the access log are `-`.',
  ],
  usual: [
    'A variable was added to `proxy_pass` (often to stop nginx from refusing to start when the backend is not up yet), but no `resolver` was added with it.',
    'A configuration copied from Docker or Kubernetes, where a `resolver` line existed in another file that was not copied.',
    'A value built from the request (`proxy_pass http://$host…`, `$http_…`) that turned into a host name nginx now has to resolve.',
  ],
  confirm: [
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE 'resolver|proxy_pass .*\\$|set \\$'",
      expect:
        'A `proxy_pass` with a `$variable` and no `resolver` line in the same location, server or http block confirms it.',
    },
    {
      kind: 'command',
      text: 'resolvectl status 2>/dev/null | grep -E "DNS Servers|Current DNS" ; grep -E "^nameserver" /etc/resolv.conf',
      expect:
        'The DNS server this machine uses. `nameserver 127.0.0.53` means systemd-resolved; `127.0.0.11` means you are inside a Docker container.',
    },
    {
      kind: 'command',
      text: 'kubectl -n kube-system get svc kube-dns -o jsonpath="{.spec.clusterIP}"; echo',
      expect:
        'The cluster DNS address to use as nginx’s resolver inside Kubernetes (often `10.96.0.10`).',
      when: { runtime: ['kubernetes'] },
    },
  ],
  fix: [
    {
      title: 'Add a resolver next to the variable proxy_pass',
      why: 'The `resolver` directive tells nginx’s DNS client which server to ask. `valid=30s` caches answers for 30 seconds, so a moved backend is found again quickly without asking on every request; `resolver_timeout` bounds how long a request may wait for DNS.',
      tradeoff:
        'nginx’s DNS client does not read `/etc/hosts` or the search domains of `/etc/resolv.conf`: names must be complete (`api.internal.example`, `app.default.svc.cluster.local`), and entries only in `/etc/hosts` will not be found.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# systemd-resolved on the host; answers are cached for 30 s.',
            'resolver 127.0.0.53 valid=30s;',
            'resolver_timeout 5s;',
            'set $backend_url http://{host}:{port};',
            'proxy_pass $backend_url;',
          ].join('\n'),
          when: { location: ['same-host', 'other-host'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# Docker’s embedded DNS, reachable from every container on a user-defined network.',
            'resolver 127.0.0.11 valid=10s ipv6=off;',
            'resolver_timeout 5s;',
            'set $backend_url http://{service}:{port};',
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
            '# The kube-dns Service address (kubectl -n kube-system get svc kube-dns).',
            'resolver 10.96.0.10 valid=10s ipv6=off;',
            'resolver_timeout 5s;',
            '# Full names only: nginx does not apply the pod’s search domains.',
            'set $backend_url http://{service}.default.svc.cluster.local:{port};',
            'proxy_pass $backend_url;',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Or drop the variable and use a fixed address or an upstream block',
      why: 'Without a variable, nginx resolves the name once at start-up with the normal system lookup, and no `resolver` is needed. An `upstream` block also lets you add keep-alive and failover.',
      tradeoff:
        'nginx keeps the address it found at start-up until the next reload, and refuses to start if the name cannot be resolved then. Fine for fixed IPs and stable names; use the resolver approach for containers whose address changes.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '{configPath}',
          text: ['upstream {group} {', '    server {address};', '}'].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: 'proxy_pass http://{group};',
        },
        ...reloadNginx,
      ],
    },
  ],
  prevent: [
    'Whenever `proxy_pass` contains a variable, put a `resolver` line (with `valid=` and `resolver_timeout`) in the same `http` or `server` block, and keep them together when copying configuration.',
    'Use fully qualified names with nginx’s resolver; it ignores search domains and `/etc/hosts`.',
    'Run `nginx -t` in CI on the real configuration, and send a test request through each location after deploys: this error only appears at request time.',
    PREVENT_LOG_UPSTREAM,
  ],
}
