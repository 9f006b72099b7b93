import type { CauseGuide } from '../../core/fix/types.ts'
import { PHP_CHECKS } from '../first-checks/php.ts'
import { PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'
import { applyPool, POOL_DEBIAN, POOL_DOCKER, POOL_RHEL } from './steps-php.ts'

export const guide: CauseGuide = {
  cause: 'permission-denied',
  explain: [
    'The operating system refused to let nginx open the connection at all. For a unix socket this is an ordinary file permission: the nginx worker user (`www-data` on Debian/Ubuntu, `nginx` on RHEL-family systems and in the official nginx image) must be allowed to write to the socket file and to enter every directory on its path. For a TCP address, a `Permission denied` almost always comes from SELinux, which by default does not let the web server (`httpd_t`) connect to arbitrary ports.',
    'The request never reached the backend, so the client gets 502 Bad Gateway. nginx logs it at the `crit` level. Restarting or debugging the backend does not help: it is running fine, nginx is just not allowed in.',
  ],
  usual: [
    'A PHP-FPM pool whose socket belongs to another user or group than nginx’s (`listen.owner`, `listen.group`, `listen.mode`), for example after changing nginx’s `user` or creating a new pool.',
    'RHEL’s pool grants access by ACL (`listen.acl_users`), which overrides `listen.owner`/`listen.group`, and nginx’s user is not in the list.',
    'An app server (gunicorn, uWSGI, a Node app) that creates its socket with its own user and a restrictive mode, so nginx’s user cannot write to it.',
    'A directory on the socket’s path that nginx’s user cannot enter (a socket inside a home directory with mode 700).',
    'Containers sharing a socket: the same user name has a different uid in the nginx and the PHP image.',
    'SELinux on RHEL, CentOS, Rocky, AlmaLinux or Fedora blocking nginx from connecting to the backend’s TCP port or socket.',
  ],
  confirm: [
    ...PHP_CHECKS['permission-denied'],
    {
      kind: 'command',
      text: 'NGINX_USER=$(ps -o user= -C nginx | grep -v root | head -n 1)\nsudo -u "$NGINX_USER" test -w {socket} && echo "nginx can write the socket" || echo "nginx cannot write the socket"',
      expect: '`nginx cannot write the socket` confirms a file-permission problem.',
    },
    {
      kind: 'command',
      text: `grep -nE '^(user|group|listen|listen\\.(owner|group|mode|acl_users|acl_groups)) *=' ${POOL_DEBIAN}`,
      expect:
        '`listen.owner`/`listen.group` should name nginx’s user or group, with `listen.mode = 0660`.',
      when: { backend: ['php-fpm'], distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: `grep -nE '^(user|group|listen|listen\\.(owner|group|mode|acl_users|acl_groups)) *=' ${POOL_RHEL}`,
      expect:
        'When `listen.acl_users` is set, PHP-FPM ignores `listen.owner`/`listen.group`: nginx’s user must be in that list.',
      when: { backend: ['php-fpm'], distro: ['rhel'] },
    },
  ],
  fix: [
    {
      id: 'fix-socket-permissions',
      title: 'Create the socket so nginx’s user may write to it',
      why: 'PHP-FPM creates its socket itself with the owner, group and mode of the pool’s `listen.*` settings (by default the pool user and mode 0660). Naming nginx’s user or group there lets exactly nginx and PHP-FPM use it. For other app servers, put nginx’s user in the app’s group and have the app create its socket group-writable, in a directory that group may enter.',
      tradeoff:
        'Mode 0666 would also work but lets every local user talk to the backend directly; stay with 0660 outside containers. A manual `chmod` on the socket is lost at the next restart.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL_DEBIAN,
          text: [
            'listen = /run/php/php{phpVersion}-fpm.sock',
            '; nginx’s worker user: www-data with Debian’s nginx package, nginx with nginx.org’s',
            'listen.owner = www-data',
            'listen.group = www-data',
            'listen.mode = 0660',
          ].join('\n'),
          when: {
            backend: ['php-fpm'],
            distro: ['debian', 'other'],
            runtime: ['systemd', 'other'],
          },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL_RHEL,
          text: [
            'listen = /run/php-fpm/www.sock',
            '; ACLs replace listen.owner/listen.group when set: keep nginx in the list',
            'listen.acl_users = apache,nginx',
            'listen.mode = 0660',
          ].join('\n'),
          when: { backend: ['php-fpm'], distro: ['rhel'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL_DOCKER,
          text: [
            '[www]',
            'listen = /run/php/php-fpm.sock',
            '; uids differ between the nginx and the PHP image: let the nginx container in',
            '; (only the containers that mount the socket directory can see it)',
            'listen.mode = 0666',
          ].join('\n'),
          when: { backend: ['php-fpm'], runtime: ['docker', 'kubernetes'] },
        },
        ...applyPool('restart').map((step) => ({
          ...step,
          when: { backend: ['php-fpm' as const], ...step.when },
        })),
        {
          kind: 'command',
          text: 'sudo groupadd -f appsock\nsudo usermod -aG appsock www-data   # nginx’s user (nginx on RHEL)\nsudo systemctl restart nginx',
          expect:
            'A restart (not a reload) is needed for the nginx workers to pick up the new group.',
          when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'systemd',
          context: 'file',
          file: '/etc/systemd/system/{service}.service.d/socket-perms.conf',
          text: [
            '[Service]',
            '# The app runs with the shared group and creates group-writable files.',
            'Group=appsock',
            'UMask=0007',
            '# /run/{service} itself, enterable by the group.',
            'RuntimeDirectory={service}',
            'RuntimeDirectoryMode=0750',
          ].join('\n'),
          when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'], runtime: ['systemd'] },
        },
        {
          kind: 'command',
          text: 'gunicorn --bind unix:/run/{service}/app.sock --umask 007 app:app',
          expect: '`ls -l /run/{service}/app.sock` shows `srwxrwx---` with the app’s group.',
          when: { backend: ['python'] },
        },
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: '/etc/uwsgi/apps-enabled/{service}.ini',
          text: '[uwsgi]\nsocket = /run/{service}/app.sock\nchown-socket = www-data:appsock\nchmod-socket = 660',
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'command',
          text: 'sudo systemctl daemon-reload && sudo systemctl restart {service}\nnamei -l /run/{service}/app.sock',
          expect: 'Every directory enterable by the group and the socket writable by it.',
          when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'], runtime: ['systemd'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'selinux-allow-connect',
      title: 'SELinux: allow nginx to connect to the backend',
      why: 'If SELinux denies the connection, file permissions and service restarts change nothing. The boolean `httpd_can_network_connect` lets the web server connect to any TCP port; the SELinux guide has narrower choices (labelling just the backend’s port, or the socket’s directory).',
      tradeoff:
        'The boolean lets a compromised nginx connect anywhere, which SELinux otherwise prevents. Never switch SELinux off (`setenforce 0`) to fix this.',
      steps: [
        {
          kind: 'command',
          text: 'sudo setsebool -P httpd_can_network_connect 1\ngetsebool httpd_can_network_connect',
          expect: '`httpd_can_network_connect --> on`; `-P` keeps it after a reboot.',
        },
        {
          kind: 'command',
          text: "sudo semanage fcontext -a -t httpd_var_run_t '/run/{service}(/.*)?'\nsudo restorecon -Rv /run/{service}",
          expect:
            'For a socket of your own app: its directory gets the label nginx may write to. PHP-FPM’s packaged socket directories already have it.',
        },
      ],
      when: { distro: ['rhel'] },
    },
  ],
  prevent: [
    'Define socket ownership in the service’s own configuration (PHP-FPM `listen.owner/group/mode` or `listen.acl_users`, systemd `UMask`/`Group`, uWSGI `chown-socket`), never by a manual `chmod` that is lost at the next restart.',
    'Keep sockets in `/run/{service}/` rather than in home directories or other private paths.',
    'Between containers, prefer a TCP port (PHP-FPM on 9000) over a shared socket: no uid has to match.',
    'On SELinux systems, record the booleans and labels you need in configuration management, so a rebuilt server gets them too.',
    'Include `[crit]` lines in log alerts: nginx logs permission problems at `crit`.',
    PREVENT_LOG_UPSTREAM,
  ],
}
