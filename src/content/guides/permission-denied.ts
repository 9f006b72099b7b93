import type { CauseGuide } from '../../core/fix/types.ts'
import { PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

export const guide: CauseGuide = {
  cause: 'permission-denied',
  explain: [
    'The operating system refused to let nginx open the connection at all. For a unix socket this is an ordinary file permission: the nginx worker user (`www-data` on Debian/Ubuntu, `nginx` on RHEL-family systems) must be allowed to write to the socket file and to enter every directory on its path. For a TCP address, a `Permission denied` almost always comes from SELinux, which by default does not let the web server (`httpd_t`) connect to arbitrary ports.',
    'The request never reached the backend, so the client gets 502 Bad Gateway. nginx logs it at the `crit` level. Restarting or debugging the backend does not help: it is running fine, nginx is just not allowed in.',
  ],
  usual: [
    'A PHP-FPM pool whose socket belongs to another user or group than nginx’s (`listen.owner`, `listen.group`, `listen.mode`), for example after switching nginx’s `user` or creating a new pool.',
    'An app server (gunicorn, uWSGI, a Node app) that creates its socket with its own user and a restrictive mode, so nginx’s user cannot write to it.',
    'A directory on the socket’s path that nginx’s user cannot enter (a socket inside a home directory with mode 700).',
    'SELinux on RHEL, CentOS, Rocky, AlmaLinux or Fedora blocking nginx from connecting to the backend’s TCP port (`httpd_can_network_connect` is off by default).',
    'SELinux blocking access to a socket file with an unexpected label, or to the process behind it.',
  ],
  confirm: [
    {
      kind: 'command',
      text: 'ls -l {socket}\nnamei -l {socket}',
      expect:
        'The socket’s owner, group and mode, and every directory on the way. nginx’s user needs `w` on the socket (through owner, group or others) and `x` on each directory.',
    },
    {
      kind: 'command',
      text: 'ps -o user=,group= -C nginx | sort | uniq -c',
      expect: 'The user the nginx workers run as (the master runs as root; the workers matter).',
    },
    {
      kind: 'command',
      text: 'NGINX_USER=$(ps -o user= -C nginx | grep -v root | head -n 1)\nsudo -u "$NGINX_USER" test -w {socket} && echo "nginx can write the socket" || echo "nginx cannot write the socket"',
      expect: '`nginx cannot write the socket` confirms a file-permission problem.',
    },
    {
      kind: 'command',
      text: "grep -nE '^(user|group|listen|listen\\.(owner|group|mode)) *=' /etc/php/{phpVersion}/fpm/pool.d/www.conf",
      expect:
        '`listen.owner`/`listen.group` should name nginx’s user or group, with `listen.mode = 0660`.',
      when: { backend: ['php-fpm'], distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: "grep -nE '^(user|group|listen|listen\\.(owner|group|mode|acl_users)) *=' /etc/php-fpm.d/www.conf",
      expect:
        'RHEL’s default pool grants access with `listen.acl_users = apache,nginx`; the nginx user must be in that list.',
      when: { backend: ['php-fpm'], distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: 'getenforce\ngetsebool httpd_can_network_connect\nsudo ausearch -m AVC -ts recent -c nginx',
      expect:
        '`Enforcing`, `httpd_can_network_connect --> off` and `avc: denied { name_connect }` (TCP) or `{ connectto }` / `{ write }` (socket) for `comm="nginx"` confirm SELinux is the blocker.',
      when: { distro: ['rhel'] },
    },
  ],
  fix: [
    {
      title: 'PHP-FPM: create the socket for nginx’s user',
      why: 'PHP-FPM creates the socket file itself with the owner, group and mode set in the pool. Naming nginx’s user and group there, with mode 0660, lets exactly nginx and PHP-FPM use it.',
      tradeoff:
        'Mode 0666 would also work but lets every local user talk to PHP directly; stay with 0660.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: [
            'listen = /run/php/php{phpVersion}-fpm.sock',
            '; the socket is created for nginx’s user and group, readable and writable by both',
            'listen.owner = www-data',
            'listen.group = www-data',
            'listen.mode = 0660',
          ].join('\n'),
          when: { distro: ['debian', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php-fpm.d/www.conf',
          text: [
            'listen = /run/php-fpm/www.sock',
            'listen.owner = nginx',
            'listen.group = nginx',
            'listen.mode = 0660',
            '; when set, ACLs replace owner/group: keep nginx in the list (or remove the line)',
            'listen.acl_users = apache,nginx',
          ].join('\n'),
          when: { distro: ['rhel'] },
        },
        {
          kind: 'command',
          text: 'sudo php-fpm{phpVersion} -t && sudo systemctl restart php{phpVersion}-fpm\nls -l /run/php/php{phpVersion}-fpm.sock',
          expect: '`srw-rw---- 1 www-data www-data …`: the new owner and mode.',
          when: { distro: ['debian', 'other'] },
        },
        {
          kind: 'command',
          text: 'sudo php-fpm -t && sudo systemctl restart php-fpm\nls -l /run/php-fpm/www.sock',
          expect: 'The socket with the new owner and mode.',
          when: { distro: ['rhel'] },
        },
      ],
      when: { backend: ['php-fpm'] },
    },
    {
      title: 'Other app servers: share a group with nginx and create the socket group-writable',
      why: 'Put nginx’s user in the app’s group, and have the app create its socket with a mode the group can write (umask 007 gives 0770 on the socket). The directory holding the socket must be enterable by that group too.',
      tradeoff:
        'nginx’s user gains access to files of that group; give the app its own group rather than reusing a broad one.',
      steps: [
        {
          kind: 'command',
          text: 'APP_GROUP=appsock  # a group for the app’s socket\nsudo groupadd -f "$APP_GROUP"\nsudo usermod -aG "$APP_GROUP" www-data   # nginx’s user (nginx on RHEL)\nsudo systemctl restart nginx',
          expect:
            'A restart (not a reload) is needed for the nginx workers to pick up the new group.',
        },
        {
          kind: 'snippet',
          language: 'systemd',
          context: 'file',
          file: '/etc/systemd/system/{service}.service.d/socket-perms.conf',
          text: [
            '[Service]',
            'Group=appsock',
            'UMask=0007',
            'RuntimeDirectory={service}',
            'RuntimeDirectoryMode=0750',
          ].join('\n'),
          when: { runtime: ['systemd'] },
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
          when: { runtime: ['systemd'] },
        },
        ...reloadNginx,
      ],
      when: { backend: ['node', 'python', 'uwsgi', 'java', 'other'] },
    },
    {
      title: 'SELinux: allow nginx to connect to the backend',
      why: 'If SELinux denies the connection, file permissions and service restarts change nothing. The boolean `httpd_can_network_connect` lets the web server connect to any TCP port; see the SELinux guide for narrower choices (labelling just the backend’s port) and for sockets.',
      tradeoff:
        'The boolean allows nginx to connect anywhere, which SELinux otherwise prevents if nginx were compromised. Never switch SELinux off (`setenforce 0`) to fix this.',
      steps: [
        {
          kind: 'command',
          text: 'sudo setsebool -P httpd_can_network_connect 1\ngetsebool httpd_can_network_connect',
          expect: '`httpd_can_network_connect --> on`; `-P` keeps it after a reboot.',
        },
      ],
      when: { distro: ['rhel'] },
    },
  ],
  prevent: [
    'Define socket ownership in the service’s own configuration (PHP-FPM `listen.owner/group/mode`, systemd `UMask`/`Group`, uWSGI `chown-socket`), never by a manual `chmod` that is lost at the next restart.',
    'Keep sockets in `/run/{service}/` rather than in home directories or other private paths.',
    'On SELinux systems, record the booleans and port labels you need in configuration management, so a rebuilt server gets them too.',
    'Include `[crit]` lines in log alerts: nginx logs permission problems at `crit`.',
    PREVENT_LOG_UPSTREAM,
  ],
}
