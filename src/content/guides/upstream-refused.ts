import type { CauseGuide } from '../../core/fix/types.ts'
import { upgradeBackendOption } from './backend-crash.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import {
  checkDirectCurl,
  checkNginxTarget,
  checkServiceLogs,
  checkServiceRunning,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  PREVENT_TWO_INSTANCES,
  reloadNginx,
  restartPolicyOption,
} from './common.ts'
import {
  bindAllOption,
  ipv4LoopbackOption,
  openNetworkPathOption,
  readyBeforeTrafficOption,
  reResolveOption,
  startBackendOption,
  useServiceNameOption,
} from './steps-connect.ts'
import { fixBackendCrashOption } from './steps-backend.ts'

export const guide: CauseGuide = {
  cause: 'upstream-refused',
  explain: [
    'nginx tried to open a connection to the backend and the other side answered at once with “no”: the machine exists and is reachable, but no program accepts connections on that address and port. For a unix socket the same message means the socket file is still there but no process is behind it any more (a stale socket left by a stopped service).',
    'Because the backend never got the request, nginx counts it as a plain error and answers 502 Bad Gateway. If the `upstream` block has several servers, nginx first tries the next one (connection errors are retried by default, even for POST, since nothing was sent yet), so the visitor only sees the 502 when every server refused. In the access log `$upstream_status` is `502` and `$upstream_connect_time` is `-`.',
    'In containers, remember that every container has its own `127.0.0.1`. A refusal between containers usually means either the backend listens on its own loopback only, or nginx connects to its own loopback, where nothing runs.',
  ],
  usual: [
    'The backend is not running: it crashed, was stopped, or failed to start after a deploy or a reboot.',
    'The backend is restarting and has not opened its port yet (a few seconds after every deploy, or a crash loop).',
    'nginx points at the wrong port: the app moved from 3000 to 8000, a copied `proxy_pass` line was never updated, or nginx uses a container’s published port instead of its own port.',
    'nginx and the backend run in different containers and nginx uses `127.0.0.1`, which inside the nginx container is the nginx container itself; or the app inside its container listens on `127.0.0.1` instead of `0.0.0.0`.',
    'A recreated container or pod got a new address, and nginx still connects to the old one it resolved at start.',
    'The backend listens on another interface or family: only `127.0.0.1` while nginx uses the LAN address, or only IPv4 while `localhost` made nginx try `::1`.',
    'A unix socket file was left behind by a backend that stopped (PHP-FPM, gunicorn, uWSGI), so the path exists but nobody accepts on it.',
  ],
  confirm: [
    ...CONNECT_CHECKS['upstream-refused'],
    checkDirectCurl,
    checkNginxTarget,
    ...checkServiceRunning,
    ...checkServiceLogs,
    {
      kind: 'command',
      text: 'curl -sv --max-time 10 -o /dev/null --unix-socket {socket} http://localhost{path}',
      expect:
        'For an HTTP app on a unix socket (gunicorn, a Node app): `Connection refused` reproduces the error through the socket itself; a status line means the app answers again. PHP-FPM and uWSGI do not speak HTTP on their socket: check them with `ss -xlp` only.',
    },
    {
      kind: 'command',
      text: 'docker compose port {service} {port}',
      expect:
        'The host address a container port is published on. Nothing printed means the port is not published, so nginx on the host cannot reach it through `127.0.0.1`.',
      when: { runtime: ['docker'] },
    },
  ],
  fix: [
    startBackendOption,
    fixBackendCrashOption,
    restartPolicyOption,
    {
      id: 'point-to-listening-address',
      title: 'Point nginx at the address the backend really listens on',
      why: 'If the backend runs but on another port or interface, nginx keeps knocking on an empty door. Use exactly what `ss -tlnp` shows where the backend runs. Between containers, use the port the app listens on inside its container (the right-hand number of `ports: "8080:3000"`), not the published one. In Kubernetes, the Service `port` must lead to a `targetPort` the container really listens on.',
      tradeoff:
        'None, as long as you take the address from `ss` and not from memory. Generated configurations (nginx-proxy’s `VIRTUAL_PORT`, an Ingress’s service port) must be corrected at their source, or the next generation brings the old port back.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The address and port from "ss -tlnp" where the backend runs.',
            'proxy_pass http://{address};',
            'proxy_set_header Host $host;',
            'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
            'proxy_set_header X-Forwarded-Proto $scheme;',
          ].join('\n'),
          when: { location: ['same-host', 'other-host'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            '# nginx-proxy / acme-companion: the port the app listens on inside its container.',
            'services:',
            '  {service}:',
            '    environment:',
            '      VIRTUAL_PORT: "{port}"',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: "kubectl get svc {service} -o jsonpath='{.spec.ports}'; echo\nkubectl get pods -l app={service} -o jsonpath='{.items[0].spec.containers[0].ports}'; echo",
          expect:
            'The Service’s `targetPort` must equal the `containerPort` the app listens on. Fix the Service (or the Ingress’s `service.port`) if they differ.',
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'fix-backend-config',
      title: 'Correct the backend’s own listen setting',
      why: 'Sometimes nginx is right and the backend was started on another port or socket: a `PORT` variable missing from the service’s environment (so the app took its default), a changed `--bind`, a PHP-FPM pool whose `listen` was edited. Fix it where the backend reads it, so it listens where nginx connects.',
      tradeoff:
        'A restart of the backend. Keep the port in one place (an environment file) used by both sides.',
      steps: [
        {
          kind: 'snippet',
          language: 'systemd',
          context: 'file',
          file: '/etc/systemd/system/{service}.service.d/listen.conf',
          text: [
            '[Service]',
            '# The port the app reads at start (Node, many frameworks).',
            'Environment=PORT={port}',
          ].join('\n'),
          when: { runtime: ['systemd'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: ['services:', '  {service}:', '    environment:', '      PORT: "{port}"'].join(
            '\n',
          ),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: '; must be what fastcgi_pass names: a socket path or HOST:PORT\nlisten = /run/php/php{phpVersion}-fpm.sock',
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'command',
          text: 'gunicorn --bind 127.0.0.1:{port} app:app',
          expect: '`Listening at: http://127.0.0.1:{port}`: the same address as in `proxy_pass`.',
          when: { backend: ['python'], location: ['same-host'] },
        },
      ],
    },
    useServiceNameOption,
    bindAllOption,
    reResolveOption,
    openNetworkPathOption,
    ipv4LoopbackOption,
    readyBeforeTrafficOption,
    {
      id: 'match-upstream-protocol',
      title: 'Use the scheme and module that match the backend’s port',
      why: 'Without a port, `proxy_pass http://name` connects to port 80 and `https://name` to port 443, so switching the scheme also switches the port. A backend that speaks FastCGI or uwsgi listens where `fastcgi_pass`/`uwsgi_pass` (not `proxy_pass`) should go, and uWSGI’s `socket` and `http-socket` are two different ports. Name the scheme and the port the backend really serves.',
      tradeoff: 'None; check with `ss -tlnp` which port the backend serves.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# Always write the port: without it http:// means 80 and https:// means 443.',
            'proxy_pass http://{host}:{port};',
          ].join('\n'),
          when: { backend: ['node', 'python', 'java', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# PHP-FPM speaks FastCGI: fastcgi_pass, not proxy_pass.',
            'include fastcgi_params;',
            'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
            'fastcgi_pass {address};',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# uWSGI "socket = …" speaks uwsgi: uwsgi_pass. ("http-socket = …" wants proxy_pass.)',
            'include uwsgi_params;',
            'uwsgi_pass {address};',
          ].join('\n'),
          when: { backend: ['uwsgi'] },
        },
        ...reloadNginx,
      ],
    },
    upgradeBackendOption,
    nextUpstreamOption,
  ],
  prevent: [
    PREVENT_RESTART,
    PREVENT_TWO_INSTANCES,
    'Deploy without a gap: start the new version, wait until it answers its health check, then stop the old one (rolling updates, `pm2 reload` in cluster mode, or two instances restarted one after the other).',
    'In containers, bind apps to `0.0.0.0` and reach them by service name with `resolver 127.0.0.11` and a variable, never by `127.0.0.1` or a fixed container IP.',
    PREVENT_HEALTH_CHECK,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
    'A static “back soon” page (`error_page 502 503 504 /50x.html;`) makes an outage less alarming for visitors; it fixes nothing, and the status stays 502 for monitoring.',
  ],
}
