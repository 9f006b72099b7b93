import type { CauseGuide } from '../../core/fix/types.ts'
import { PHP_CHECKS } from '../first-checks/php.ts'
import { checkDirectCurl, PREVENT_LOG_UPSTREAM } from './common.ts'

export const guide: CauseGuide = {
  cause: 'selinux-denied',
  explain: [
    'SELinux is a second layer of permissions on RHEL-family systems (RHEL, CentOS, Rocky, AlmaLinux, Fedora). nginx runs in the `httpd_t` domain, which by default may not open connections to backend ports. The audit log line `avc: denied { name_connect }` means SELinux stopped nginx from connecting to a TCP port; `{ connectto }` or `{ write }` on a `sock_file` means it stopped nginx from using a unix socket.',
    'nginx sees this as `(13: Permission denied)` on the connection (logged at `crit`) and the client gets 502 Bad Gateway. Everything else looks right: the backend runs, the port is correct, and `curl` from a shell works, because your shell is not confined the way nginx is.',
  ],
  usual: [
    'nginx proxies to an app port such as 3000, 5000 or 8000, and `httpd_can_network_connect` is off (the default).',
    'nginx connects to a unix socket created by a service that SELinux does not expect the web server to talk to, or a socket file with a label nginx may not write to.',
    'Files or sockets were moved or created by hand (`mv`, `cp` from a home directory), so they kept a label that does not fit their new place.',
    'A container runtime created the socket in a shared volume without a label nginx may use.',
  ],
  confirm: [
    ...PHP_CHECKS['selinux-denied'],
    {
      kind: 'command',
      text: 'getsebool httpd_can_network_connect httpd_can_network_relay httpd_graceful_shutdown',
      expect:
        'All `off` (the default) means nginx may not connect to backend ports at all; only booleans for specific services (databases, memcache) open their own ports.',
    },
    {
      kind: 'command',
      text: 'sudo semanage port -l | grep -E "^http_port_t|^http_cache_port_t"\nsudo semanage port -l | grep -w {port}',
      expect:
        'The ports labelled as web ports, and the type (if any) the backend port already has. A port with no type is `unreserved_port_t`.',
    },
    {
      kind: 'command',
      text: 'ls -Z {socket}\nps -eZ | grep -E "php-fpm|gunicorn|uwsgi|node" | head',
      expect:
        'For a socket: its label (`httpd_var_run_t` is what nginx may use) and the domain of the process behind it.',
    },
    { ...checkDirectCurl, when: { backend: ['node', 'python', 'java', 'other'] } },
  ],
  fix: [
    {
      id: 'selinux-allow-connect',
      title:
        'Let nginx connect under SELinux: a boolean, a port label, a socket label or a local policy',
      why: 'SELinux decides by domain and label, so file permissions and restarts change nothing. Pick the one step that matches the denial: `name_connect` to a TCP port is solved by the boolean `httpd_can_network_connect` (any port) or, narrower, by labelling just the backend’s port as a web port; a `write` on a socket file by labelling its directory; a `connectto` no boolean covers by a small local policy built from the logged denial.',
      tradeoff:
        'The boolean lets a compromised nginx connect anywhere; the port label allows only that port. A local policy allows exactly what was denied, so read it before loading it. Never switch SELinux off (`setenforce 0`) to fix this.',
      steps: [
        {
          kind: 'command',
          text: '# TCP, simplest: nginx may connect to any port.\nsudo setsebool -P httpd_can_network_connect 1\ngetsebool httpd_can_network_connect',
          expect:
            '`httpd_can_network_connect --> on`. `-P` makes it survive a reboot; nginx needs no restart.',
        },
        {
          kind: 'command',
          text: '# TCP, narrower (instead of the boolean above): only the backend port, labelled as a web port.\nsudo semanage port -a -t http_port_t -p tcp {port} || sudo semanage port -m -t http_port_t -p tcp {port}\nsudo setsebool -P httpd_graceful_shutdown 1',
          expect:
            '`semanage port -l | grep -w http_port_t` lists `{port}`. `httpd_graceful_shutdown` lets the web server connect to `http_port_t` ports only (it is off by default on current Fedora and RHEL).',
        },
        {
          kind: 'command',
          text: "# A unix socket of your own app: label its directory as the web server's runtime files.\nsudo semanage fcontext -a -t httpd_var_run_t '/run/{service}(/.*)?'\nsudo restorecon -Rv /run/{service}",
          expect:
            '`ls -Z /run/{service}/` shows `httpd_var_run_t`. This solves `{ write }` on the socket file; a remaining `{ connectto }` is about the process behind it (next step).',
        },
        {
          kind: 'command',
          text: '# Last resort: a local module that allows exactly the logged denials.\nsudo ausearch -m AVC -ts recent -c nginx | audit2allow -M nginx_backend\ncat nginx_backend.te\nsudo semodule -i nginx_backend.pp',
          expect:
            'Read `nginx_backend.te` before the last command: lines such as `allow httpd_t unconfined_service_t:unix_stream_socket connectto;` should name only what nginx needs.',
        },
      ],
    },
  ],
  prevent: [
    'Keep SELinux enforcing, and add the boolean or port label for each new backend as part of its deployment (Ansible’s `seboolean` and `seport`, or the same commands in your provisioning script).',
    'Watch the audit log for new `httpd_t` denials after deploys (`ausearch -m AVC -ts today -c nginx`); a new backend port is the usual trigger.',
    'Create sockets where policy expects them (under `/run`) instead of copying files between places, which keeps labels right.',
    PREVENT_LOG_UPSTREAM,
  ],
}
