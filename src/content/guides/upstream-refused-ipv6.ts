import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import { checkNginxTarget, PREVENT_LOG_UPSTREAM } from './common.ts'
import { ipv4LoopbackOption, resolverIpv4Option } from './steps-connect.ts'

export const guide: CauseGuide = {
  cause: 'upstream-refused-ipv6',
  explain: [
    'The name `localhost` usually stands for two addresses: IPv4 `127.0.0.1` and IPv6 `::1`. When `proxy_pass` (or a `server` line) says `localhost`, nginx looks the name up once at start-up and keeps both addresses as two separate servers. It then tries them in turn, and often `::1` comes first. If the app listens only on `127.0.0.1`, the IPv6 attempt is refused and logged with `[::1]` in the upstream address. On a machine with IPv6 switched off, the same attempt fails earlier with `(99: Address not available)` (logged at `crit`).',
    'Because a refused connection is retried on the next address, the request often still succeeds on `127.0.0.1`, so the log fills with errors while users see little: just a delay, and `$upstream_status` like `502, 200`. Visitors get a real 502 when the IPv4 attempt fails too (the app is down), when retries are turned off, or when `max_fails` has taken the IPv4 address out of rotation. The opposite case exists as well: Node.js 17 and later resolve `localhost` to `::1` first, so `app.listen(3000, "localhost")` may listen only on IPv6 while nginx uses `127.0.0.1`.',
  ],
  usual: [
    '`proxy_pass http://localhost:PORT` (or `server localhost:PORT` in an upstream) while the app listens only on `127.0.0.1`.',
    'An app that binds to `localhost` and ends up on `::1` only (recent Node.js, some Java and Python setups), while nginx uses `127.0.0.1`.',
    'IPv6 disabled on the loopback interface, so nginx cannot even create the `[::1]` connection (`Address not available`).',
  ],
  confirm: [
    ...CONNECT_CHECKS['upstream-refused-ipv6'],
    {
      kind: 'command',
      text: 'curl -s -o /dev/null -w "IPv4: %{http_code}\\n" http://127.0.0.1:{port}{path}\ncurl -s -o /dev/null -w "IPv6: %{http_code}\\n" "http://[::1]:{port}{path}"',
      expect:
        'A status such as `200` on one line and `000` on the other confirms the app accepts only one family.',
    },
    checkNginxTarget,
  ],
  fix: [
    ipv4LoopbackOption,
    {
      id: 'bind-all-interfaces',
      title: 'Make the app listen on both IPv4 and IPv6',
      why: 'If the app accepts on `::` (all IPv6 addresses), Linux also delivers IPv4 connections to it by default, so both `127.0.0.1` and `::1` work whatever nginx tries.',
      tradeoff:
        'Listening on `::` also listens on the machine’s public addresses; keep a firewall in front, or bind to `::1` and `127.0.0.1` separately if the app supports it.',
      steps: [
        {
          kind: 'snippet',
          language: 'javascript',
          context: 'file',
          file: 'server.js',
          text: [
            "// '::' accepts IPv6 and, on Linux by default, IPv4 too (unless ipv6Only is set).",
            "server.listen({port}, '::')",
          ].join('\n'),
          when: { backend: ['node'] },
        },
        {
          kind: 'command',
          text: "gunicorn --bind '[::]:{port}' app:app",
          expect:
            '`Listening at: http://[::]:{port}`. Whether IPv4 is included depends on `sysctl net.ipv6.bindv6only` (0 by default: it is).',
          when: { backend: ['python'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: '; a bare port: all addresses, IPv6 and IPv4\nlisten = 9000\n; but only nginx on this machine may connect\nlisten.allowed_clients = 127.0.0.1,::1',
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'command',
          text: 'uvicorn app:app --host :: --port {port}',
          expect:
            'uvicorn binds to `127.0.0.1` by default; `::` accepts IPv6 and, with `net.ipv6.bindv6only = 0`, IPv4 too.',
          when: { backend: ['python'] },
        },
        {
          kind: 'command',
          text: "sudo ss -tlnp | grep -- ':{port} '",
          expect:
            'After the restart: `*:{port}` or `[::]:{port}`, which accepts both `127.0.0.1` and `::1`.',
        },
      ],
    },
    resolverIpv4Option,
  ],
  prevent: [
    'Write `127.0.0.1` (or `[::1]`) rather than `localhost` in `proxy_pass`, `fastcgi_pass` and `upstream` servers: a name with two addresses becomes two servers.',
    'Bind apps to an explicit address too, so an update of the runtime (such as Node.js changing which address `localhost` means) cannot move them to the other family.',
    'Where IPv6 is switched off, also keep nginx’s own resolver to IPv4 answers (`resolver … ipv6=off`), so no `[::1]` or other IPv6 address is ever tried.',
    PREVENT_LOG_UPSTREAM,
  ],
}
