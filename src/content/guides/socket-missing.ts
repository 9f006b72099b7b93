import type { CauseGuide } from '../../core/fix/types.ts'
import { PHP_CHECKS } from '../first-checks/php.ts'
import {
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  reloadNginx,
  restartPolicyOption,
} from './common.ts'
import { applyPool, POOL_DEBIAN, POOL_DOCKER, POOL_RHEL } from './steps-php.ts'

export const guide: CauseGuide = {
  cause: 'socket-missing',
  explain: [
    'The backend was configured as a unix socket, a special file such as `/run/php/php8.2-fpm.sock` through which two programs on the same machine talk. nginx tried to open that file and it does not exist: either the backend is not running (the service creates the file when it starts and usually removes it when it stops), or nginx and the backend disagree about the path.',
    'The client gets 502 Bad Gateway. nginx logs this at the `crit` level, not `error`, so a filter that only looks at `[error]` lines misses it.',
  ],
  usual: [
    'The path names another PHP version than the one installed: nginx points at `php7.4-fpm.sock` while only PHP 8.2 runs (common after an upgrade or a new image).',
    'PHP-FPM is stopped, or failed to start because a pool file has an error, so it never created its socket.',
    'The socket path in the backend’s configuration (PHP-FPM pool `listen`, gunicorn `--bind unix:…`, uWSGI `socket`) differs from the one in nginx (`/run/php/…` on Debian, `/run/php-fpm/www.sock` on RHEL).',
    'The socket lives in `/tmp` and one of the two services runs with systemd’s `PrivateTmp=true`, so each sees its own private `/tmp`.',
    'nginx and PHP-FPM run in different containers that do not share the socket’s directory, or the official `php:*-fpm` image listens on TCP port 9000 and never creates a socket.',
  ],
  confirm: [
    ...PHP_CHECKS['socket-missing'],
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -n 'unix:'",
      expect: 'The socket path(s) nginx uses; compare them with the sockets that exist.',
    },
    {
      kind: 'command',
      text: `grep -rn '^listen *=' /etc/php/*/fpm/pool.d/ 2>/dev/null\nsudo php-fpm{phpVersion} -t`,
      expect:
        'The socket each pool creates, and whether the configuration is valid. A failed test names the file and line that stops PHP-FPM from starting.',
      when: { backend: ['php-fpm'], distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: "grep -rn '^listen *=' /etc/php-fpm.d/\nsudo php-fpm -t",
      expect:
        'On RHEL-family systems the default pool listens on `/run/php-fpm/www.sock`. A failed test names the file and line to correct.',
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
      id: 'fix-socket-path',
      title: 'Make nginx and the backend use the same socket path',
      why: 'nginx can only open the file the backend really creates. On Debian and Ubuntu every PHP-FPM version’s service also creates `/run/php/php-fpm.sock`, a link to its own socket, so that path keeps working across PHP upgrades. Sockets under `/tmp` break when a service has a private `/tmp`; a directory under `/run` is seen by both. Containers see a socket only when both mount the directory it lives in.',
      tradeoff:
        'None for the path itself. After a PHP upgrade, remove the old version’s pool only once nginx no longer names it.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# Debian/Ubuntu: a link to the socket of the installed PHP version.',
            'fastcgi_pass unix:/run/php/php-fpm.sock;',
          ].join('\n'),
          when: { backend: ['php-fpm'], distro: ['debian', 'other'], location: ['same-host'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The default pool of RHEL-family systems.',
            'fastcgi_pass unix:/run/php-fpm/www.sock;',
          ].join('\n'),
          when: { backend: ['php-fpm'], distro: ['rhel'], location: ['same-host'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The path the backend really creates (see "ss -xlp").',
            'proxy_pass http://unix:/run/{service}/app.sock;',
          ].join('\n'),
          when: { backend: ['node', 'python', 'java', 'other'], location: ['same-host'] },
        },
        {
          kind: 'snippet',
          language: 'systemd',
          context: 'file',
          file: '/etc/systemd/system/{service}.service.d/socket-dir.conf',
          text: [
            '[Service]',
            '# Creates /run/{service} (owned by the service user) at every start:',
            '# bind the app there, e.g. gunicorn --bind unix:/run/{service}/app.sock',
            'RuntimeDirectory={service}',
            'RuntimeDirectoryMode=0755',
          ].join('\n'),
          when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'], runtime: ['systemd'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The socket in the directory both containers mount (below).',
            'fastcgi_pass unix:/run/php/php-fpm.sock;',
          ].join('\n'),
          when: { backend: ['php-fpm'], runtime: ['docker', 'kubernetes'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            '# Both containers mount the socket directory; the PHP pool must listen on',
            `# /run/php/php-fpm.sock (a listen line in ${POOL_DOCKER}).`,
            'services:',
            '  php:',
            '    volumes: ["php-socket:/run/php"]',
            '  nginx:',
            '    volumes: ["php-socket:/run/php"]',
            'volumes:',
            '  php-socket: {}',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'deployment.yaml',
          text: [
            '# nginx and PHP-FPM as two containers of one pod, sharing the socket directory.',
            'volumes:',
            '  - name: php-socket',
            '    emptyDir: {}',
            'containers:',
            '  - name: php',
            '    volumeMounts: [{ name: php-socket, mountPath: /run/php }]',
            '  - name: nginx',
            '    volumeMounts: [{ name: php-socket, mountPath: /run/php }]',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'start-backend',
      title: 'Start the backend (and make it start at boot)',
      why: 'The socket exists only while the service runs. Starting and enabling it creates the file again, now and after every reboot.',
      tradeoff:
        'If it fails to start, its log says why: a pool file error is common after edits (see the next option).',
      steps: [
        {
          kind: 'command',
          text: 'sudo systemctl enable --now php{phpVersion}-fpm\nls -l /run/php/',
          expect: 'The socket appears in `/run/php/`.',
          when: {
            backend: ['php-fpm'],
            distro: ['debian', 'other'],
            runtime: ['systemd', 'other'],
          },
        },
        {
          kind: 'command',
          text: 'sudo systemctl enable --now php-fpm\nls -l /run/php-fpm/',
          expect: '`www.sock` appears in `/run/php-fpm/`.',
          when: { backend: ['php-fpm'], distro: ['rhel'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'command',
          text: 'sudo systemctl enable --now {service}\nsystemctl status {service} --no-pager',
          expect: '`active (running)` and the socket file present.',
          when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'], runtime: ['systemd'] },
        },
        {
          kind: 'command',
          text: 'docker compose up -d\ndocker compose ps',
          expect:
            'Every service `running`; a service that exits again shows why in `docker compose logs`.',
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'sudo supervisorctl start {service}\nsudo supervisorctl status {service}',
          expect: '`RUNNING`.',
          when: { runtime: ['supervisor'] },
        },
      ],
    },
    {
      id: 'fix-backend-config',
      title: 'Repair the PHP-FPM pool file so it starts and creates the socket',
      why: 'PHP-FPM refuses to start when any pool file has an error, and then no pool creates its socket. Its own test names the file and line. A pool whose `listen` names a directory that does not exist cannot create its socket either.',
      tradeoff: 'None; the test does not touch the running service.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL_DEBIAN,
          text: [
            '[www]',
            '; the socket nginx uses, in a directory that exists at every boot',
            'listen = /run/php/php{phpVersion}-fpm.sock',
            'listen.owner = www-data',
            'listen.group = www-data',
          ].join('\n'),
          when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL_RHEL,
          text: '[www]\nlisten = /run/php-fpm/www.sock',
          when: { distro: ['rhel'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL_DOCKER,
          text: [
            '; sorts after zz-docker.conf, so this listen wins over its "listen = 9000"',
            '[www]',
            'listen = /run/php/php-fpm.sock',
            'listen.mode = 0666',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        ...applyPool('restart'),
      ],
      when: { backend: ['php-fpm'] },
    },
    {
      id: 'point-to-listening-address',
      title: 'Containers: use PHP-FPM’s TCP port instead of a socket',
      why: 'The official `php:*-fpm` images listen on port 9000 of the container, not on a socket. Pointing nginx at the PHP service’s name and that port needs no shared volume at all.',
      tradeoff: 'TCP costs a little more than a socket; between containers it is the usual choice.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The Compose service of PHP-FPM ("php" here), on its port 9000, looked up at run',
            '# time through Docker’s DNS (never 127.0.0.1: that is the nginx container).',
            'resolver 127.0.0.11 valid=10s ipv6=off;',
            'set $php_upstream php:9000;',
            'fastcgi_pass $php_upstream;',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            '# ingress-nginx in front of a PHP-FPM Service on port 9000: speak FastCGI to it.',
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/backend-protocol: "FCGI"',
            '    nginx.ingress.kubernetes.io/fastcgi-index: "index.php"',
            '    # a ConfigMap with SCRIPT_FILENAME: "/var/www/html/index.php" and friends',
            '    nginx.ingress.kubernetes.io/fastcgi-params-configmap: "php-fastcgi-params"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
      when: { backend: ['php-fpm'], location: ['container'] },
    },
    restartPolicyOption,
  ],
  prevent: [
    'On Debian/Ubuntu, point nginx at `/run/php/php-fpm.sock` (or check the socket path before removing an old PHP version), so an upgrade does not break the site.',
    'Keep sockets under `/run/{service}/` created by systemd (`RuntimeDirectory=`), never under `/tmp`.',
    'Run `php-fpm -t` (with the version suffix on Debian) after every pool change, before restarting.',
    'Include `[crit]` lines in log alerts: nginx logs missing sockets and permission problems at `crit`, not `error`.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
  ],
}
