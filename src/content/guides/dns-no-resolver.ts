import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import { PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'
import { addResolverOption } from './steps-connect.ts'

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
    ...CONNECT_CHECKS['dns-no-resolver'],
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
    addResolverOption,
    {
      id: 'point-to-listening-address',
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
          text: [
            '# The name is resolved once, when nginx starts or reloads (system lookup, /etc/hosts too).',
            'upstream {group} {',
            '    server {host}:{port};',
            '}',
          ].join('\n'),
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
