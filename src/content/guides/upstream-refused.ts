import type { CauseGuide } from '../../core/fix/types.ts'
import {
  bindAllInterfaces,
  checkDirectCurl,
  checkListening,
  checkNginxTarget,
  checkServiceLogs,
  checkServiceRunning,
  friendlyErrorPageOption,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  PREVENT_TWO_INSTANCES,
  reloadNginx,
  restartPolicyOption,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'upstream-refused',
  explain: [
    'nginx tried to open a connection to the backend and the other side answered at once with “no”: the machine exists and is reachable, but no program accepts connections on that address and port. For a unix socket the same message means the socket file is still there but no process is behind it any more (a stale socket left by a stopped service).',
    'Because the backend never got the request, nginx counts it as a plain error and answers 502 Bad Gateway. If the `upstream` block has several servers, nginx first tries the next one (connection errors are retried by default, even for POST, since nothing was sent yet), so the visitor only sees the 502 when every server refused. In the access log `$upstream_status` is `502` and `$upstream_connect_time` is `-`.',
  ],
  usual: [
    'The backend is not running: it crashed, was stopped, or failed to start after a deploy or a reboot.',
    'The backend is restarting and has not opened its port yet (a few seconds after every deploy, or a crash loop).',
    'nginx points at the wrong port: the app moved from 3000 to 8000, or a copied `proxy_pass` line was never updated.',
    'The backend listens on a different interface: only on `127.0.0.1` while nginx connects to the machine’s LAN address, or only on IPv6 `::1` while nginx uses `127.0.0.1`.',
    'nginx and the backend run in different containers and nginx uses `127.0.0.1`, which inside the nginx container is the nginx container itself; or the app inside its container listens on `127.0.0.1` instead of `0.0.0.0`.',
    'A unix socket file was left behind by a backend that stopped (PHP-FPM, gunicorn, uWSGI), so the path exists but nobody accepts on it.',
  ],
  confirm: [
    checkListening,
    checkDirectCurl,
    checkNginxTarget,
    ...checkServiceRunning,
    ...checkServiceLogs,
    {
      kind: 'command',
      text: 'sudo ss -xlp | grep -F -- "{socket}"',
      expect:
        'For a unix-socket upstream: a line with the socket path and a program name means something accepts on it. No line while `ls -l {socket}` still shows the file means the socket is stale.',
    },
    {
      kind: 'command',
      text: 'curl -sv --max-time 10 -o /dev/null --unix-socket {socket} http://localhost{path}',
      expect:
        'For an HTTP app on a unix socket (gunicorn, a Node app): `Connection refused` reproduces the error through the socket itself; a status line means the app answers again. (PHP-FPM speaks FastCGI, not HTTP, so use `ss -xlp` for it.)',
    },
    {
      kind: 'command',
      text: 'docker compose ps\ndocker compose port {service} {port}',
      expect:
        'The second command prints the host address a container port is published on. Nothing printed means the port is not published, so nginx on the host cannot reach it through `127.0.0.1`.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'kubectl get endpoints {service}\nkubectl get pods -o wide',
      expect:
        'The Service should list pod addresses with the right port. `<none>` means no ready pod backs it; a port that differs from the one the app listens on gives exactly this refusal.',
      when: { runtime: ['kubernetes'] },
    },
  ],
  fix: [
    {
      title: 'Start the backend and find out why it stopped',
      why: 'A refused connection means nothing is listening. Starting the backend ends the outage right away; its log from the moment it stopped tells you whether it will happen again.',
      tradeoff:
        'A restart drops any work the backend was doing. If it stopped because of a crash, it may crash again until the cause in its log is fixed.',
      steps: [
        {
          kind: 'command',
          text: 'sudo systemctl start {service}\nsudo systemctl enable {service}',
          expect:
            '`enable` makes it start at boot too. Check `systemctl status {service}` right after: `active (running)`.',
          when: { runtime: ['systemd'] },
        },
        {
          kind: 'command',
          text: 'docker compose up -d {service}',
          expect: '`Started` or `Running`; then `docker compose ps` shows it `Up`.',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'kubectl rollout status deploy/{service}\nkubectl describe pod -l app={service} | tail -n 30',
          expect:
            'Kubernetes restarts pods by itself; the events at the end say why a pod is not running (image pull, crash, failing probe).',
          when: { runtime: ['kubernetes'] },
        },
        {
          kind: 'command',
          text: 'pm2 start {service}\npm2 save',
          expect: 'The app shows `online` in `pm2 list`.',
          when: { runtime: ['pm2'] },
        },
        {
          kind: 'command',
          text: 'sudo supervisorctl start {service}',
          expect: '`{service}: started`.',
          when: { runtime: ['supervisor'] },
        },
        {
          kind: 'command',
          text: "sudo ss -tlnp | grep -- ':{port} ' && curl -s -o /dev/null -w '%{http_code}\\n' http://{address}{path}",
          expect:
            'A listening line and then an HTTP status such as `200` or `302`: the backend answers again.',
        },
      ],
    },
    restartPolicyOption,
    {
      title: 'Point nginx at the address the backend really listens on',
      why: 'If the backend runs but on another port or interface, nginx keeps knocking on an empty door. Use exactly what `ss -tlnp` shows: if the app is bound to `127.0.0.1:8000`, nginx must use `127.0.0.1:8000`.',
      tradeoff:
        'None, as long as you use the address from `ss` and not from memory. Prefer `127.0.0.1` over `localhost`, which may resolve to IPv6 `::1` first.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The address and port from "ss -tlnp"; 127.0.0.1 rather than localhost.',
            'proxy_pass http://{address};',
            'proxy_set_header Host $host;',
            'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
            'proxy_set_header X-Forwarded-Proto $scheme;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'In containers: reach the backend by its service name, and bind it to 0.0.0.0',
      why: 'Each container has its own `127.0.0.1`. From the nginx container, use the backend’s Compose service name on a shared network. From nginx on the host, publish the port and use `127.0.0.1`, or the Docker bridge gateway `172.17.0.1` / `host.docker.internal` when nginx is the one in a container and the app is on the host. Inside its container, the app must listen on `0.0.0.0`, or connections from other containers are refused.',
      tradeoff:
        'Service names are resolved by Docker’s DNS at `127.0.0.11`; with a variable in `proxy_pass` nginx looks the name up again while running, so a recreated container with a new IP keeps working. Binding to `0.0.0.0` inside a container exposes the port only on the container network unless you publish it.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# nginx in a container on the same Compose network as the app: use the service name.',
            '# Docker answers DNS at 127.0.0.11; the variable makes nginx resolve it at run time.',
            'resolver 127.0.0.11 valid=10s ipv6=off;',
            'set $app_upstream http://{service}:{port};',
            'proxy_pass $app_upstream;',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# nginx in a container, the app directly on the Linux host: from the default bridge',
            '# network the host is the gateway 172.17.0.1 (Docker Desktop: host.docker.internal).',
            '# The app must then listen on 0.0.0.0 (or 172.17.0.1), not only on 127.0.0.1.',
            'proxy_pass http://172.17.0.1:{port};',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            'services:',
            '  {service}:',
            '    # Published on the host only (nginx on the host uses 127.0.0.1:{port}).',
            '    ports:',
            '      - "127.0.0.1:{port}:{port}"',
            '  nginx:',
            '    image: nginx:stable',
            '    # Lets nginx in a container reach a service on the host (Linux: host-gateway = 172.17.0.1).',
            '    extra_hosts:',
            '      - "host.docker.internal:host-gateway"',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        ...bindAllInterfaces,
        ...reloadNginx,
      ],
      when: { location: ['container'] },
    },
    nextUpstreamOption,
    friendlyErrorPageOption,
  ],
  prevent: [
    PREVENT_RESTART,
    PREVENT_TWO_INSTANCES,
    'Deploy without a gap: start the new version, wait until it answers its health check, then stop the old one (rolling updates, `pm2 reload` in cluster mode, or two instances restarted one after the other).',
    PREVENT_HEALTH_CHECK,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
