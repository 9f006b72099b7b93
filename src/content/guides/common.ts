/**
 * Steps, fix options and advice that several cause guides share. Pure data: every string is a
 * template whose `{slot}` placeholders are filled from the diagnosis (see fill-template.ts).
 */
import type { CommandStep, FixOption, SnippetStep, Step } from '../../core/fix/types.ts'

// ---------------------------------------------------------------------------------------------
// Read-only checks
// ---------------------------------------------------------------------------------------------

/** Which program, if any, listens on the upstream port. */
export const checkListening: CommandStep = {
  kind: 'command',
  text: "sudo ss -tlnp | grep -- ':{port} '",
  expect:
    'No output means nothing listens on that port on this machine. A line shows the address the program is bound to (`127.0.0.1`, `0.0.0.0`, `[::1]`, `*`) and, in `users:((…))`, which program it is.',
}

/** The same request nginx made, sent straight to the backend. */
export const checkDirectCurl: CommandStep = {
  kind: 'command',
  text: 'curl -sv --max-time 10 -o /dev/null {scheme}://{address}{path}',
  expect:
    '`Connection refused`, `No route to host` or a hang on `Trying …` reproduces the problem without nginx. A status line such as `< HTTP/1.1 200 OK` means the backend answers right now, so look at when the errors happened instead.',
}

/** Which upstream nginx really uses for this site. */
export const checkNginxTarget: CommandStep = {
  kind: 'command',
  text: "sudo nginx -T 2>/dev/null | grep -nE 'proxy_pass|fastcgi_pass|uwsgi_pass|grpc_pass|upstream |server '",
  expect:
    'The address, port or socket in the `*_pass` line (or in the `upstream` block it names) must be the one the backend listens on. `nginx -T` prints the configuration nginx has loaded, including every included file.',
}

/** Runtime-specific "is it running" checks. */
export const checkServiceRunning: readonly CommandStep[] = [
  {
    kind: 'command',
    text: 'systemctl status {service} --no-pager',
    expect:
      '`Active: active (running)` with a recent start time means it restarted not long ago; `failed`, `activating (auto-restart)` or `inactive (dead)` means it is not serving.',
    when: { runtime: ['systemd'] },
  },
  {
    kind: 'command',
    text: 'docker compose ps -a',
    expect:
      'The backend container should be `running` (and `healthy` if it has a health check). `exited`, `restarting` or a fresh `Up 5 seconds` points at a crash loop.',
    when: { runtime: ['docker'] },
  },
  {
    kind: 'command',
    text: 'kubectl get pods -o wide',
    expect:
      'The backend pods should be `Running` and `READY 1/1`. A rising `RESTARTS` count, `CrashLoopBackOff` or `0/1` (not ready) explains the errors.',
    when: { runtime: ['kubernetes'] },
  },
  {
    kind: 'command',
    text: 'pm2 list',
    expect:
      'The app should be `online`. A high `↺` (restart) count or the status `errored` / `stopped` means it keeps dying.',
    when: { runtime: ['pm2'] },
  },
  {
    kind: 'command',
    text: 'sudo supervisorctl status',
    expect:
      'The program should be `RUNNING`; `BACKOFF`, `FATAL` or `EXITED` means it is not serving.',
    when: { runtime: ['supervisor'] },
  },
]

/** Runtime-specific "what did the backend say" checks. */
export const checkServiceLogs: readonly CommandStep[] = [
  {
    kind: 'command',
    text: 'sudo journalctl -u {service} --since "30 min ago" --no-pager | tail -n 100',
    expect:
      'Look at the lines just before the time of the nginx errors: a stack trace, `Main process exited`, `Killed`, `WORKER TIMEOUT`, `EADDRINUSE` or an out-of-memory message names the real problem.',
    when: { runtime: ['systemd'] },
  },
  {
    kind: 'command',
    text: 'docker compose logs --since 30m --tail 200 {service}',
    expect:
      'The last lines before the container stopped or restarted usually name the crash. An exit code 137 means it was killed (often out of memory).',
    when: { runtime: ['docker'] },
  },
  {
    kind: 'command',
    text: 'kubectl logs deploy/{service} --since=30m --tail=200\nkubectl logs deploy/{service} --previous --tail=100',
    expect:
      '`--previous` shows the log of the container that died, which is where the crash is. A pod that shows `OOMKilled` in `kubectl describe pod` was killed for memory.',
    when: { runtime: ['kubernetes'] },
  },
  {
    kind: 'command',
    text: 'pm2 logs {service} --lines 200 --nostream',
    expect:
      'Errors just before a restart (`exited with code`, an uncaught exception, a heap out-of-memory message) are the cause.',
    when: { runtime: ['pm2'] },
  },
  {
    kind: 'command',
    text: 'sudo supervisorctl tail -8000 {service} stderr',
    expect: 'The error output just before the program exited names the crash.',
    when: { runtime: ['supervisor'] },
  },
]

/** Did the kernel kill something for memory? */
export const checkOomKills: CommandStep = {
  kind: 'command',
  text: "sudo dmesg -T | grep -iE 'killed process|out of memory|oom-kill' | tail -n 20",
  expect:
    '`Out of memory: Killed process 1234 (node)` (or `python`, `php-fpm`, `java`) at the time of the errors means the kernel killed the backend. No output means no OOM kill since boot (or the ring buffer has rotated: try `journalctl -k`).',
}

/** Which timeouts and keep-alive settings nginx really uses. */
export const checkNginxTimeouts: CommandStep = {
  kind: 'command',
  text: "sudo nginx -T 2>/dev/null | grep -nE '_(connect|send|read)_timeout|keepalive|proxy_http_version|proxy_set_header +Connection'",
  expect:
    'No `*_read_timeout` line means the 60 s default applies. A `keepalive` line inside an `upstream` block means nginx reuses connections to the backend.',
}

// ---------------------------------------------------------------------------------------------
// Steps used inside fixes
// ---------------------------------------------------------------------------------------------

/** Test the configuration and reload nginx without dropping connections. */
export const reloadNginx: readonly CommandStep[] = [
  {
    kind: 'command',
    text: 'sudo nginx -t && sudo systemctl reload nginx',
    expect:
      '`syntax is ok` and `test is successful`, then no output. If the test fails, nothing is reloaded and the old configuration keeps serving.',
  },
  {
    kind: 'command',
    text: 'docker compose exec {nginxService} nginx -t && docker compose exec {nginxService} nginx -s reload',
    expect:
      'Only when nginx itself runs as a Compose service. `test is successful`, then the workers restart with the new configuration.',
    when: { runtime: ['docker'] },
  },
]

/** Keep the app running: restart on crash, with a pause and a limit. */
export const restartPolicyOption: FixOption = {
  id: 'restart-policy',
  title: 'Let the process manager restart the backend when it dies',
  why: 'When the backend exits, nothing listens until something starts it again. A restart policy brings it back within seconds instead of waiting for a person, so a crash becomes a short blip instead of an outage.',
  tradeoff:
    'A restart hides the crash instead of curing it: requests in flight at the moment of the crash still fail, and a backend that crashes on every start will loop. Keep reading its logs and fix the underlying error.',
  steps: [
    {
      kind: 'snippet',
      language: 'systemd',
      context: 'file',
      file: '/etc/systemd/system/{service}.service.d/restart.conf',
      text: [
        '[Unit]',
        '# Give up after 5 failed starts within 2 minutes instead of looping forever;',
        '# "systemctl reset-failed {service}" clears the counter.',
        'StartLimitIntervalSec=120',
        'StartLimitBurst=5',
        '',
        '[Service]',
        '# Start again whatever the reason it stopped (crash, kill, clean exit).',
        'Restart=always',
        '# Wait 3 seconds first so a crash loop does not spin the CPU.',
        'RestartSec=3',
      ].join('\n'),
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: 'sudo systemctl daemon-reload && sudo systemctl restart {service}\nsystemctl show {service} -p Restart -p RestartUSec -p NRestarts',
      expect:
        '`Restart=always` and `RestartUSec=3s`. `NRestarts` counts how often systemd has restarted it since it was started.',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'compose.yaml',
      text: [
        'services:',
        '  {service}:',
        '    restart: unless-stopped',
        '    healthcheck:',
        '      # The image needs curl (or swap in wget / a small script that exits non-zero on failure).',
        '      test: ["CMD", "curl", "-fsS", "http://127.0.0.1:{port}/"]',
        '      interval: 10s',
        '      timeout: 3s',
        '      retries: 3',
      ].join('\n'),
      when: { runtime: ['docker'] },
    },
    {
      kind: 'snippet',
      language: 'yaml',
      context: 'file',
      file: 'deployment.yaml',
      text: [
        '# Pods restart by themselves (restartPolicy: Always); the probes decide when they get traffic',
        '# and when a hung process is restarted.',
        'containers:',
        '  - name: {service}',
        '    readinessProbe:',
        '      httpGet: { path: /, port: {port} }',
        '      periodSeconds: 5',
        '      failureThreshold: 3',
        '    livenessProbe:',
        '      httpGet: { path: /, port: {port} }',
        '      initialDelaySeconds: 20',
        '      periodSeconds: 10',
        '      failureThreshold: 6',
      ].join('\n'),
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'snippet',
      language: 'javascript',
      context: 'file',
      file: 'ecosystem.config.js',
      text: [
        'module.exports = {',
        '  apps: [',
        '    {',
        "      name: '{service}',",
        "      script: 'server.js',",
        '      autorestart: true,',
        '      // Wait 3 s between restarts; give up after 10 quick failures in a row.',
        '      restart_delay: 3000,',
        '      max_restarts: 10,',
        "      min_uptime: '10s',",
        '    },',
        '  ],',
        '}',
      ].join('\n'),
      when: { runtime: ['pm2'] },
    },
    {
      kind: 'command',
      text: 'pm2 start ecosystem.config.js && pm2 save && pm2 startup',
      expect:
        '`pm2 startup` prints one command to run with sudo so PM2 (and the saved app list) starts again after a reboot. PM2 already restarts apps that exit.',
      when: { runtime: ['pm2'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/supervisor/conf.d/{service}.conf',
      text: [
        '[program:{service}]',
        'autostart=true',
        'autorestart=true',
        '; count as started only after 5 s up, retry at most 5 times',
        'startsecs=5',
        'startretries=5',
      ].join('\n'),
      when: { runtime: ['supervisor'] },
    },
  ],
}

/** Reuse connections to the backend and make sure the backend never closes them first. */
export const keepaliveAlignmentOption: FixOption = {
  id: 'align-keepalive-timeouts',
  title: 'Align keep-alive: the backend must keep idle connections open longer than nginx does',
  why: 'With keep-alive, nginx reuses an idle connection to the backend for the next request. If the backend closes idle connections sooner than nginx stops reusing them, nginx sometimes sends a request on a connection the backend is closing at that very moment, and gets a close or a reset instead of an answer. Node.js closes idle connections after only 5 seconds by default (`server.keepAliveTimeout`). Keeping nginx’s idle time shorter than the backend’s removes the race.',
  tradeoff:
    'Idle connections use a file descriptor and a little memory on both sides. `keepalive 16` is a cache of idle connections per worker, not a limit on traffic, so a small number is enough.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'http',
      file: '{configPath}',
      text: [
        'upstream {group} {',
        '    server {address};',
        '    # Keep up to 16 idle connections per worker for reuse.',
        '    keepalive 16;',
        '    # Stop reusing an idle connection after 30 s: shorter than the backend keeps it.',
        '    keepalive_timeout 30s;',
        '}',
      ].join('\n'),
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        'proxy_pass http://{group};',
        '# Keep-alive to the backend needs HTTP/1.1 and an empty Connection header.',
        'proxy_http_version 1.1;',
        'proxy_set_header Connection "";',
      ].join('\n'),
    },
    {
      kind: 'snippet',
      language: 'javascript',
      context: 'file',
      file: 'server.js',
      text: [
        '// Node closes idle keep-alive connections after 5 s by default; keep them longer than',
        "// nginx's keepalive_timeout (30 s above). headersTimeout must be larger still.",
        'server.keepAliveTimeout = 65_000',
        'server.headersTimeout = 66_000',
      ].join('\n'),
      when: { backend: ['node'] },
    },
    {
      kind: 'command',
      text: '# gunicorn (default keep-alive is 2 s):\ngunicorn --keep-alive 65 app:app\n# uvicorn (default is 5 s):\nuvicorn app:app --timeout-keep-alive 65',
      expect:
        'Use the flag that matches your server, in the service’s start command. uWSGI with `uwsgi_pass` does not reuse connections, so it is not affected.',
      when: { backend: ['python'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: 'application.properties',
      text: [
        '# Spring Boot on Tomcat: keep idle connections longer than nginx reuses them.',
        'server.tomcat.keep-alive-timeout=65s',
      ].join('\n'),
      when: { backend: ['java'] },
    },
    ...reloadNginx,
  ],
  when: { backend: ['node', 'python', 'java', 'other'] },
}

/** Retry on another server, with the POST warning. */
export const nextUpstreamOption: FixOption = {
  id: 'retry-next-upstream',
  title: 'Retry a failed attempt on another backend server',
  why: 'With two or more servers in an `upstream` block, nginx can send a request that failed on one server to the next one, so the visitor never sees the error. By default it already retries on connection errors and timeouts; adding `http_502`/`http_503` also covers a backend that answers with those codes.',
  tradeoff:
    'A retried request runs twice if the first server had already started working on it. nginx does not retry a POST, PATCH or LOCK once it has sent the request (only when the connection itself failed), and it should stay that way: adding `non_idempotent` risks double orders or double payments. Cap the number of tries and the total time, or a slow outage makes every request wait for all servers in turn.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'http',
      file: '{configPath}',
      text: [
        'upstream {group} {',
        '    server {address} max_fails=3 fail_timeout=30s;',
        '    # A second instance of the same app (another port or another machine).',
        '    server 127.0.0.1:3001 max_fails=3 fail_timeout=30s;',
        '}',
      ].join('\n'),
    },
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'location',
      file: '{configPath}',
      text: [
        'proxy_pass http://{group};',
        '# Try the next server after a connection error, a timeout, or a 502/503 answer...',
        'proxy_next_upstream error timeout http_502 http_503;',
        '# ...but at most 2 attempts in total, and never longer than 15 s altogether.',
        'proxy_next_upstream_tries 2;',
        'proxy_next_upstream_timeout 15s;',
      ].join('\n'),
    },
    ...reloadNginx,
  ],
}

/** Passive health checks and a backup server. */
export const passiveHealthOption: FixOption = {
  id: 'tune-max-fails',
  title: 'Take a failing server out of rotation for a while, and keep a backup',
  why: 'nginx counts failed attempts per server. After `max_fails` failures within `fail_timeout`, it stops sending traffic to that server for `fail_timeout`, then tries it again. A `backup` server only gets traffic when all the others are out, which is a good place for a spare instance or a maintenance page.',
  tradeoff:
    'The defaults (`max_fails=1 fail_timeout=10s`) drop a server after a single failure; raising `max_fails` keeps a server that merely hiccuped, but also keeps sending some traffic to one that is really down. With only one server in the group nginx never takes it out.',
  steps: [
    {
      kind: 'snippet',
      language: 'nginx',
      context: 'upstream',
      file: '{configPath}',
      text: [
        '# 3 failures within 30 s take a server out for 30 s.',
        'server {address} max_fails=3 fail_timeout=30s;',
        'server 127.0.0.1:3001 max_fails=3 fail_timeout=30s;',
        '# Used only when both servers above are out.',
        'server 127.0.0.1:3002 backup;',
      ].join('\n'),
    },
    ...reloadNginx,
  ],
}

/** An access log that shows what happened with the upstream for every request. */
export const upstreamLogFormat: SnippetStep = {
  kind: 'snippet',
  language: 'nginx',
  context: 'http',
  file: '/etc/nginx/nginx.conf',
  text: [
    'log_format upstream_timing \'$remote_addr [$time_local] "$request" $status \'',
    '                           \'rt=$request_time ua="$upstream_addr" us="$upstream_status" \'',
    '                           \'urt="$upstream_response_time" uct="$upstream_connect_time" \'',
    '                           \'uht="$upstream_header_time"\';',
    'access_log /var/log/nginx/upstream.log upstream_timing;',
  ].join('\n'),
}

/** Where Node.js binds in a container. */
export const bindAllInterfaces: readonly Step[] = [
  {
    kind: 'snippet',
    language: 'javascript',
    context: 'file',
    file: 'server.js',
    text: [
      '// Inside a container 127.0.0.1 is the container itself: listen on every interface.',
      "server.listen({port}, '0.0.0.0')",
    ].join('\n'),
    when: { backend: ['node'] },
  },
  {
    kind: 'command',
    text: 'gunicorn --bind 0.0.0.0:{port} app:app\n# or: uvicorn app:app --host 0.0.0.0 --port {port}',
    expect: 'The log line `Listening at: http://0.0.0.0:{port}` confirms it.',
    when: { backend: ['python'] },
  },
  {
    kind: 'snippet',
    language: 'php-fpm',
    context: 'file',
    file: '/usr/local/etc/php-fpm.d/zz-docker.conf',
    text: '[www]\n; listen on all interfaces of the container, not only its loopback\nlisten = 9000',
    when: { backend: ['php-fpm'] },
  },
  {
    kind: 'snippet',
    language: 'ini',
    context: 'file',
    file: 'application.properties',
    text: 'server.address=0.0.0.0\nserver.port={port}',
    when: { backend: ['java'] },
  },
]

// ---------------------------------------------------------------------------------------------
// Advice
// ---------------------------------------------------------------------------------------------

export const PREVENT_LOG_UPSTREAM =
  'Log `$upstream_addr`, `$upstream_status`, `$upstream_response_time`, `$upstream_connect_time` and `$request_time` in the access log, so every 502/504 shows which backend was tried, what it answered and how long it took.'

export const PREVENT_ALERT_5XX =
  'Alert on the rate of 502/504 responses (from the access log or `stub_status`-based metrics), not only on “site down”: a few percent of failed requests is an incident that users notice long before a full outage.'

export const PREVENT_RESTART =
  'Run the backend under a process manager that restarts it on exit (systemd `Restart=always` with `RestartSec`, Docker `restart: unless-stopped`, Kubernetes, PM2 or supervisor), with a start limit so a crash loop is visible instead of endless.'

export const PREVENT_HEALTH_CHECK =
  'Give the backend a cheap health endpoint and check it from outside (uptime monitor, Docker `healthcheck`, Kubernetes readiness probe), so a dead backend is noticed before users report it.'

export const PREVENT_TWO_INSTANCES =
  'Run at least two backend instances behind one `upstream` block and restart them one at a time during deploys, so a restart or a crash of one is absorbed by the other.'
