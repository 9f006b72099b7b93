import type { CauseGuide } from '../../core/fix/types.ts'
import {
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  reloadNginx,
  restartPolicyOption,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'socket-missing',
  explain: [
    'The backend was configured as a unix socket, a special file such as `/run/php/php8.2-fpm.sock` through which two programs on the same machine talk. nginx tried to open that file and it does not exist: either the backend is not running (the service creates the file when it starts and usually removes it when it stops), or nginx and the backend disagree about the path.',
    'The client gets 502 Bad Gateway. nginx logs this at the `crit` level, not `error`, so a filter that only looks at `[error]` lines misses it.',
  ],
  usual: [
    'The path names another PHP version than the one installed: nginx points at `php7.4-fpm.sock` while only PHP 8.2 runs (common after an upgrade).',
    'The backend service is stopped or failed to start, so it never created its socket.',
    'The socket path in the backend’s configuration (PHP-FPM pool `listen`, gunicorn `--bind unix:…`, uWSGI `socket`) differs from the one in nginx (`/run/php/…` on Debian, `/run/php-fpm/www.sock` on RHEL).',
    'The socket lives in `/tmp` and one of the two services runs with systemd’s `PrivateTmp=true`, so each sees its own private `/tmp`.',
    'The directory under `/run` disappeared after a reboot (it is a memory file system) and the backend cannot create its socket there.',
    'nginx and the backend run in different containers that do not share the socket’s directory as a volume.',
  ],
  confirm: [
    {
      kind: 'command',
      text: 'ls -l {socket}',
      expect:
        '`No such file or directory` confirms it. A line starting with `s` (for socket) means the file exists now: the backend was probably restarting at the time.',
    },
    {
      kind: 'command',
      text: 'ls -l /run/php/ /run/php-fpm/ 2>/dev/null\nsudo ss -xlp | grep -E "php|gunicorn|uwsgi|\\.sock"',
      expect:
        'The sockets that really exist and which program listens on each. Use one of these paths in nginx.',
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -n 'unix:'",
      expect: 'The socket path(s) nginx uses; compare with the list above.',
    },
    {
      kind: 'command',
      text: 'systemctl list-units --all "php*-fpm*" --no-pager\ngrep -rn "^listen *=" /etc/php/*/fpm/pool.d/ 2>/dev/null',
      expect:
        'Which PHP-FPM versions exist and run, and the socket each pool creates. A version that is `inactive` or missing explains an absent socket.',
      when: { backend: ['php-fpm'], distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: 'systemctl status php-fpm --no-pager\ngrep -rn "^listen *=" /etc/php-fpm.d/',
      expect: 'On RHEL-family systems the default pool listens on `/run/php-fpm/www.sock`.',
      when: { backend: ['php-fpm'], distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: 'systemctl status {service} --no-pager\nsystemctl show nginx {service} -p PrivateTmp',
      expect:
        'The backend should be `active (running)`. `PrivateTmp=yes` on either service means a socket under `/tmp` is invisible to the other one.',
      when: { runtime: ['systemd'] },
    },
  ],
  fix: [
    {
      title: 'Point nginx at the socket that exists',
      why: 'When the backend runs but under another path (another PHP version, another distribution’s default), using its real path makes the connection work at once.',
      tradeoff:
        'None. After future PHP upgrades, check the path again (or use a version-independent path, below).',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'server',
          file: '{configPath}',
          text: [
            'location ~ \\.php$ {',
            '    try_files $uri =404;',
            '    include fastcgi_params;',
            '    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
            '    # The socket from "ls -l /run/php/" for the installed PHP version.',
            '    fastcgi_pass unix:/run/php/php{phpVersion}-fpm.sock;',
            '}',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The path the backend really creates (see "ss -xlp").',
            'proxy_pass http://unix:{socket};',
          ].join('\n'),
          when: { backend: ['node', 'python', 'java', 'other'] },
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Start the backend (and make it start at boot)',
      why: 'The socket exists only while the service runs. Starting and enabling it creates the file again, now and after every reboot.',
      tradeoff:
        'If it fails to start, its log says why (a syntax error in the pool file is common after edits).',
      steps: [
        {
          kind: 'command',
          text: 'sudo php-fpm{phpVersion} -t && sudo systemctl enable --now php{phpVersion}-fpm\nls -l /run/php/',
          expect: '`test is successful`, then the socket appears in `/run/php/`.',
          when: { backend: ['php-fpm'], distro: ['debian', 'other'] },
        },
        {
          kind: 'command',
          text: 'sudo php-fpm -t && sudo systemctl enable --now php-fpm\nls -l /run/php-fpm/',
          expect: '`test is successful`, then `www.sock` appears in `/run/php-fpm/`.',
          when: { backend: ['php-fpm'], distro: ['rhel'] },
        },
        {
          kind: 'command',
          text: 'sudo systemctl enable --now {service}\nsystemctl status {service} --no-pager',
          expect: '`active (running)` and the socket file present.',
          when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'], runtime: ['systemd'] },
        },
      ],
    },
    {
      title: 'Give the socket a directory of its own under /run (not /tmp)',
      why: 'systemd can create `/run/{service}/` with the right owner every time the service starts (`RuntimeDirectory=`), so the socket has a home after a reboot. `/run` is shared between services, unlike a private `/tmp`.',
      tradeoff:
        'systemd removes the directory when the service stops, which is what you want for a socket.',
      steps: [
        {
          kind: 'snippet',
          language: 'systemd',
          context: 'file',
          file: '/etc/systemd/system/{service}.service.d/socket-dir.conf',
          text: [
            '[Service]',
            '# Creates /run/{service} (owned by the service user) at every start.',
            'RuntimeDirectory={service}',
            'RuntimeDirectoryMode=0755',
          ].join('\n'),
        },
        {
          kind: 'command',
          text: '# then bind the app to the new path, for example:\ngunicorn --bind unix:/run/{service}/app.sock app:app',
          expect: 'Use the same path in nginx: `proxy_pass http://unix:/run/{service}/app.sock;`.',
          when: { backend: ['python'] },
        },
        {
          kind: 'command',
          text: 'sudo systemctl daemon-reload && sudo systemctl restart {service}\nls -l /run/{service}/',
          expect: 'The socket file inside the new directory.',
        },
      ],
      when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'], runtime: ['systemd'] },
    },
    {
      title: 'Containers: share the socket directory, or use TCP',
      why: 'A socket file is only visible to containers that mount the directory it lives in. Mount the same volume into both containers, or switch to a TCP port on the container network (for example PHP-FPM on `php:9000`).',
      tradeoff:
        'TCP adds a little overhead compared with a socket; a shared volume couples the two containers.',
      steps: [
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            'services:',
            '  php:',
            '    volumes: ["php-socket:/run/php"]',
            '  nginx:',
            '    volumes: ["php-socket:/run/php"]',
            'volumes:',
            '  php-socket: {}',
          ].join('\n'),
        },
      ],
      when: { location: ['container'] },
    },
    restartPolicyOption,
  ],
  prevent: [
    'After a PHP (or other runtime) upgrade, check that nginx’s socket path matches the new version before removing the old one.',
    'Keep sockets under `/run/{service}/` created by systemd (`RuntimeDirectory=`), never under `/tmp`.',
    'Include `[crit]` lines in log alerts: nginx logs missing sockets and permission problems at `crit`, not `error`.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
  ],
}
