import type { CauseGuide } from '../../core/fix/types.ts'
import {
  checkListening,
  checkOomKills,
  checkServiceLogs,
  checkServiceRunning,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
  PREVENT_TWO_INSTANCES,
  restartPolicyOption,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'backend-crash',
  explain: [
    'These lines come from the backend itself or from the program that runs it, not from nginx: systemd saying the main process exited, gunicorn killing a worker after `WORKER TIMEOUT`, uWSGI’s `HARAKIRI`, Node.js dying with `JavaScript heap out of memory`, a new instance failing with `EADDRINUSE` because the port is taken, or PM2 restarting the app again and again.',
    'Each one has a typical effect in nginx. Requests in flight when a process dies end with `upstream prematurely closed connection` or `Connection reset by peer` (502). While nothing is listening, new requests get `Connection refused` (502). A worker killed by gunicorn or uWSGI for taking too long produces a 502 before nginx’s own 60 s timer, not a 504.',
  ],
  usual: [
    'An unhandled exception or error at start-up (missing environment variable, failed database connection, bad configuration after a deploy), so the process exits and the manager keeps restarting it.',
    'Worker time-outs: gunicorn kills a sync worker silent for 30 s by default (`--timeout`), uWSGI for `harakiri` seconds, so slow requests die with a 502.',
    'Memory: Node.js hits its heap limit (`FATAL ERROR: … JavaScript heap out of memory`), or the kernel’s OOM killer ends the process.',
    '`EADDRINUSE`: an old instance still holds the port (a deploy started the new one too early, or two managers start the same app), so the new one cannot listen.',
    'systemd gave up after too many quick failures (`start request repeated too quickly`), leaving the service stopped.',
  ],
  confirm: [
    ...checkServiceRunning,
    ...checkServiceLogs,
    {
      kind: 'command',
      text: 'systemctl show {service} -p Result -p NRestarts -p ExecMainStatus -p ActiveEnterTimestamp',
      expect:
        '`NRestarts` above 0 and a recent `ActiveEnterTimestamp` mean systemd has been restarting it; `Result=exit-code`, `signal`, `oom-kill` or `start-limit-hit` says how it ended.',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: "sudo journalctl -u {service} --since '2 hours ago' --no-pager | grep -E 'WORKER TIMEOUT|HARAKIRI|heap out of memory|EADDRINUSE|Traceback|exited|repeated too quickly' | tail -n 20",
      expect: 'Which kind of crash it is, and how often. Each kind has its own fix below.',
      when: { runtime: ['systemd'] },
    },
    {
      kind: 'command',
      text: 'docker inspect -f "{{.Name}} restarts={{.RestartCount}} exit={{.State.ExitCode}} oom={{.State.OOMKilled}}" $(docker compose ps -aq)',
      expect:
        'A rising restart count and the last exit code (137 = killed, often for memory; 1 = the app’s own error).',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'pm2 describe {service} | grep -E "status|restarts|unstable restarts|uptime"',
      expect: 'Many restarts with a short uptime is a crash loop; `errored` means PM2 gave up.',
      when: { runtime: ['pm2'] },
    },
    checkListening,
    checkOomKills,
  ],
  fix: [
    {
      title: 'Read the error that kills it, and fix that',
      why: 'The last lines before each exit name the problem (a stack trace, a missing setting, a failed connection). Everything else only shortens the outage.',
      tradeoff: 'None; reading changes nothing.',
      steps: [...checkServiceLogs],
    },
    restartPolicyOption,
    {
      title: 'Stop the app server from killing slow requests too early',
      why: 'gunicorn and uWSGI kill workers that take longer than their time-out and the visitor gets a 502. If the slow requests are legitimate, give the workers as long as nginx waits; if not, make those requests faster.',
      tradeoff:
        'Longer time-outs keep a stuck worker busy for longer; prefer fixing the slow endpoint.',
      steps: [
        {
          kind: 'command',
          text: 'gunicorn --timeout 60 --graceful-timeout 30 --workers 3 --bind 127.0.0.1:{port} app:app',
          expect:
            'No more `WORKER TIMEOUT` for requests under 60 s (nginx’s default `proxy_read_timeout`).',
          when: { backend: ['python'] },
        },
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: '/etc/uwsgi/apps-enabled/{service}.ini',
          text: '[uwsgi]\n; kill a request only after 60 s, as long as uwsgi_read_timeout in nginx\nharakiri = 60',
          when: { backend: ['uwsgi'] },
        },
      ],
      when: { backend: ['python', 'uwsgi'] },
    },
    {
      title: 'Node.js: give the heap room, or find the leak',
      why: 'Node’s heap limit depends on its version and the machine, and can be smaller than what a busy app needs. A larger `--max-old-space-size` removes the crash if the app simply needs more; if memory keeps growing, it is a leak and only delays it.',
      tradeoff:
        'The heap limit must fit in the machine’s or container’s memory, or the OOM killer steps in instead.',
      steps: [
        {
          kind: 'command',
          text: 'node --max-old-space-size=1024 server.js\n# or for any start command:\nNODE_OPTIONS=--max-old-space-size=1024 npm start',
          expect:
            'No more `JavaScript heap out of memory`. If memory still climbs steadily, take heap snapshots (`node --inspect`) to find the leak.',
        },
      ],
      when: { backend: ['node'] },
    },
    {
      title: 'EADDRINUSE: make sure only one instance owns the port',
      why: 'A new instance cannot listen while an old one still holds the port. Find the holder, stop the duplicate, and make the app exit promptly on SIGTERM so restarts do not overlap.',
      tradeoff: 'None, as long as you stop the right process; check its command line first.',
      steps: [
        {
          kind: 'command',
          text: "sudo ss -tlnp | grep -- ':{port} '\nps -o pid,ppid,etime,cmd -p \"$(sudo ss -tlnpH | grep -- ':{port} ' | grep -oE 'pid=[0-9]+' | head -n 1 | cut -d= -f2)\"",
          expect:
            'Which process holds the port, for how long, and how it was started (a leftover `node server.js` from a shell, a second PM2 or systemd instance).',
        },
        {
          kind: 'snippet',
          language: 'javascript',
          context: 'file',
          file: 'server.js',
          text: [
            '// Stop accepting, finish in-flight requests, then exit: the port is free for the next start.',
            "process.on('SIGTERM', () => {",
            '  server.close(() => process.exit(0))',
            '  setTimeout(() => process.exit(1), 10_000).unref()',
            '})',
          ].join('\n'),
          when: { backend: ['node'] },
        },
      ],
    },
    {
      title: 'systemd gave up: clear the start limit once the cause is fixed',
      why: 'After `StartLimitBurst` failed starts within `StartLimitIntervalSec`, systemd stops trying and the service stays down even with `Restart=always`. Once the crash is fixed, reset the counter and start it.',
      tradeoff: 'Resetting without fixing the cause just repeats the loop.',
      steps: [
        {
          kind: 'command',
          text: 'sudo systemctl reset-failed {service}\nsudo systemctl start {service}\nsystemctl status {service} --no-pager',
          expect: '`active (running)`, and it stays that way.',
        },
      ],
      when: { runtime: ['systemd'] },
    },
    nextUpstreamOption,
  ],
  prevent: [
    'Fail fast and loudly at start-up on missing configuration, and check the service’s log after every deploy.',
    'Align time-outs: app server kill time-out (gunicorn `--timeout`, uWSGI `harakiri`) ≥ the slowest legitimate request, and nginx `proxy_read_timeout` at least as long.',
    'Handle SIGTERM gracefully (stop accepting, finish requests, exit) so restarts and deploys neither drop requests nor collide on the port.',
    PREVENT_TWO_INSTANCES,
    PREVENT_HEALTH_CHECK,
    'Alert on restart counts (systemd `NRestarts`, Docker `RestartCount`, Kubernetes `RESTARTS`, PM2 restarts), not only on the service being down.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
