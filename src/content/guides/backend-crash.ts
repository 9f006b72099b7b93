import type { CauseGuide, FixOption } from '../../core/fix/types.ts'
import { BACKEND_CHECKS } from '../first-checks/backend.ts'
import {
  checkListening,
  checkOomKills,
  checkServiceLogs,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  PREVENT_LOG_UPSTREAM,
  PREVENT_TWO_INSTANCES,
  restartPolicyOption,
} from './common.ts'
import { addMemoryOption, reduceMemoryOption } from './oom-kill.ts'
import {
  appServerTimeoutOption,
  fixBackendCrashOption,
  killStuckWorkersOption,
  uwsgiBufferSizeOption,
} from './steps-backend.ts'

/** PHP-FPM children dying on signal 11: turn off what crashes them. */
export const disablePhpExtensionOption: FixOption = {
  id: 'disable-php-extension',
  title: 'PHP-FPM segfaults: turn off the extension or JIT that crashes the child',
  why: '`child 1234 exited on signal 11 (SIGSEGV)` means a PHP worker crashed inside C code: PHP itself, an extension (xdebug, apcu, imagick, a profiler’s agent) or the opcache JIT of PHP 8. The kernel’s `segfault … in opcache.so` line often names the library. Turning that one off stops the crashes at once, while the proper fix (a newer release) is arranged.',
  tradeoff:
    'The site loses what the extension did: debugging, a cache, image functions. Without the JIT, CPU-heavy PHP is somewhat slower; normal web pages barely notice. Keep opcache itself on.',
  steps: [
    {
      kind: 'command',
      text: "sudo journalctl -k --no-pager | grep -E 'php-fpm.*segfault' | tail -n 5\nsudo php-fpm{phpVersion} -m",
      expect:
        '`error 4 in opcache.so` (or `xdebug.so`, `apcu.so` …) names the crashing library; `-m` lists the modules loaded for PHP-FPM. On RHEL the binary is `php-fpm`.',
    },
    {
      kind: 'command',
      text: 'sudo phpdismod -v {phpVersion} -s fpm xdebug\nsudo systemctl restart php{phpVersion}-fpm',
      expect:
        'Use the module the segfault names instead of `xdebug`. `php-fpm{phpVersion} -m` no longer lists it.',
      when: { distro: ['debian'], runtime: ['systemd', 'supervisor', 'other'] },
    },
    {
      kind: 'command',
      text: 'ls /etc/php.d/\nsudo mv /etc/php.d/15-xdebug.ini /etc/php.d/15-xdebug.ini.off\nsudo systemctl restart php-fpm',
      expect:
        'Use the file of the crashing module (the number in front varies); a file not ending in `.ini` is not loaded.',
      when: { distro: ['rhel'], runtime: ['systemd', 'supervisor', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/php/{phpVersion}/fpm/conf.d/99-no-jit.ini',
      text: '; PHP 8: turn the opcache JIT off, keep opcache itself\nopcache.jit = disable\nopcache.jit_buffer_size = 0',
      when: { distro: ['debian', 'other'], runtime: ['systemd', 'supervisor', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'ini',
      context: 'file',
      file: '/etc/php.d/99-no-jit.ini',
      text: '; PHP 8: turn the opcache JIT off, keep opcache itself\nopcache.jit = disable\nopcache.jit_buffer_size = 0',
      when: { distro: ['rhel'], runtime: ['systemd', 'supervisor', 'other'] },
    },
    {
      kind: 'snippet',
      language: 'dockerfile',
      context: 'file',
      file: 'Dockerfile',
      text: '# Official php images load each extension from docker-php-ext-<name>.ini: remove it\nRUN rm -f /usr/local/etc/php/conf.d/docker-php-ext-xdebug.ini\n# and the JIT, if the segfault names opcache.so\nRUN echo "opcache.jit=disable" > /usr/local/etc/php/conf.d/99-no-jit.ini',
      when: { runtime: ['docker', 'kubernetes'] },
    },
  ],
  when: { backend: ['php-fpm'] },
}

/** The crash is a known bug fixed in a newer release. */
export const upgradeBackendOption: FixOption = {
  id: 'upgrade-backend',
  title: 'Upgrade to the release that fixes the crash',
  why: 'Segfaults and protocol bugs in PHP, its extensions, uWSGI or a runtime are usually known and fixed in a later patch release. Search the project’s bug tracker for the exact message (for PHP: github.com/php/php-src/issues), then install the newest patch release of the same version, which changes nothing else.',
  tradeoff:
    'A restart of the backend, and a small risk of other changes; patch releases (8.2.x to a newer 8.2.y) carry fixes only. Try it on a staging copy first when you can.',
  steps: [
    {
      kind: 'command',
      text: "sudo apt-get update\nsudo apt-get install --only-upgrade $(dpkg-query -W -f='${Package}\\n' 'php{phpVersion}-*')\nsudo systemctl restart php{phpVersion}-fpm",
      expect: '`php-fpm{phpVersion} -v` shows the new patch release.',
      when: { backend: ['php-fpm'], distro: ['debian'] },
    },
    {
      kind: 'command',
      text: "sudo dnf upgrade 'php*'\nsudo systemctl restart php-fpm",
      expect: '`php-fpm -v` shows the new release.',
      when: { backend: ['php-fpm'], distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: 'pip install --upgrade uwsgi\nuwsgi --version',
      expect: 'Run it in the app’s virtualenv, then restart uWSGI.',
      when: { backend: ['uwsgi'] },
    },
    {
      kind: 'command',
      text: 'docker compose build --pull {service}\ndocker compose up -d {service}',
      expect:
        '`--pull` fetches the newest image of the same tag (for example `php:8.2-fpm` brings the newest 8.2.x) before rebuilding.',
      when: { runtime: ['docker'] },
    },
  ],
}

export const guide: CauseGuide = {
  cause: 'backend-crash',
  explain: [
    'These lines come from the backend itself or from the program that runs it, not from nginx: systemd saying the main process exited, gunicorn killing a worker after `WORKER TIMEOUT`, uWSGI’s `HARAKIRI` or `invalid request block size`, a PHP-FPM child that `exited on signal 11 (SIGSEGV)`, Node.js dying with `JavaScript heap out of memory`, a new instance failing with `EADDRINUSE` because the port is taken, or PM2 restarting the app again and again.',
    'Each one has a typical effect in nginx. Requests in flight when a process dies end with `upstream prematurely closed connection` or `Connection reset by peer` (502). While nothing is listening, new requests get `Connection refused` (502). A worker killed by gunicorn or uWSGI for taking too long produces a 502 before nginx’s own 60 s timer, not a 504.',
  ],
  usual: [
    'An unhandled exception or error at start-up (missing environment variable, failed database connection, bad configuration after a deploy), so the process exits and the manager keeps restarting it.',
    'Worker time-outs: gunicorn kills a sync worker silent for 30 s by default (`--timeout`), uWSGI for `harakiri` seconds, so slow requests die with a 502.',
    'Memory: Node.js hits its heap limit (`FATAL ERROR: … JavaScript heap out of memory`), or the kernel’s OOM killer ends the process.',
    'PHP-FPM children segfaulting (`exited on signal 11`): an extension or the opcache JIT, fixed by turning it off or by a newer PHP.',
    '`EADDRINUSE`: an old instance still holds the port (a deploy started the new one too early, or two managers start the same app), so the new one cannot listen.',
    'systemd gave up after too many quick failures (`Start request repeated too quickly`), leaving the service stopped.',
  ],
  confirm: [
    ...BACKEND_CHECKS['backend-crash'],
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
      text: 'docker inspect -f "{{.Name}} restarts={{.RestartCount}} exit={{.State.ExitCode}} oom={{.State.OOMKilled}}" $(docker compose ps -aq)',
      expect:
        'A rising restart count and the last exit code (137 = killed, often for memory; 1 = the app’s own error).',
      when: { runtime: ['docker'] },
    },
    checkListening,
    checkOomKills,
  ],
  fix: [
    fixBackendCrashOption,
    restartPolicyOption,
    {
      id: 'fix-backend-config',
      title: 'Correct the configuration the backend dies on',
      why: 'A worker that exits right after start, again and again, usually reads a setting it cannot use: a pool file with a typo or a `listen` it cannot bind, a missing environment variable, a wrong module path. The service’s own configuration test names the line.',
      tradeoff: 'None; test before restarting so a typo cannot take the running backend down.',
      steps: [
        {
          kind: 'command',
          text: 'sudo php-fpm{phpVersion} -t',
          expect:
            '`configuration file … test is successful`, or the file, line and setting that is wrong. On RHEL: `sudo php-fpm -t`.',
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'command',
          text: 'gunicorn --check-config app:app',
          expect:
            'No output means the settings and the app import are fine; otherwise the error that kills the workers at boot.',
          when: { backend: ['python'] },
        },
        {
          kind: 'command',
          text: 'docker compose config',
          expect:
            'The compose file as Docker reads it, with every variable filled in: an empty value where the app needs a setting is the missing variable.',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'systemctl cat {service}\nsudo systemctl show {service} -p Environment -p ExecStart',
          expect: 'The unit, its drop-ins and the environment the app really gets.',
          when: { runtime: ['systemd'] },
        },
      ],
    },
    appServerTimeoutOption,
    killStuckWorkersOption,
    reduceMemoryOption,
    addMemoryOption,
    disablePhpExtensionOption,
    upgradeBackendOption,
    uwsgiBufferSizeOption,
    {
      id: 'move-port-conflict',
      title: 'EADDRINUSE: one port, one program',
      why: 'A new instance cannot listen while another process still holds the port: an old copy of the app (started from a shell, by a second process manager, or not yet exited after a restart) or a different program that wants the same port. Find the holder. A duplicate of the app gets stopped, and the app is made to exit promptly on SIGTERM so restarts do not overlap; a different program gets another port (and nginx’s `proxy_pass` follows the app).',
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
      id: 'start-backend',
      title: 'Start the stopped backend once the cause is fixed',
      why: 'After `StartLimitBurst` failed starts within `StartLimitIntervalSec` (5 within 10 s by default), systemd stops trying and the service stays down even with `Restart=always`: the log says `Start request repeated too quickly`. Other managers give up too (PM2 `errored`, supervisor `FATAL`). Once the crash is fixed, reset the counter and start it.',
      tradeoff: 'Resetting without fixing the cause just repeats the loop.',
      steps: [
        {
          kind: 'command',
          text: 'sudo systemctl reset-failed {service}\nsudo systemctl start {service}\nsystemctl status {service} --no-pager',
          expect: '`active (running)`, and it stays that way.',
          when: { runtime: ['systemd'] },
        },
        {
          kind: 'command',
          text: 'docker compose up -d {service}\ndocker compose ps {service}',
          expect: '`running` (and `healthy` with a health check), still so a minute later.',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'pm2 restart {service}\npm2 list',
          expect: 'The app is `online` and its restart count stays put.',
          when: { runtime: ['pm2'] },
        },
        {
          kind: 'command',
          text: 'sudo supervisorctl start {service}\nsudo supervisorctl status {service}',
          expect: '`RUNNING`, no longer `FATAL` or `BACKOFF`.',
          when: { runtime: ['supervisor'] },
        },
      ],
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
