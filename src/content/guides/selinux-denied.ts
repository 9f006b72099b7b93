import type { CauseGuide } from '../../core/fix/types.ts'
import { checkDirectCurl, PREVENT_LOG_UPSTREAM } from './common.ts'

export const guide: CauseGuide = {
  cause: 'selinux-denied',
  explain: [
    'SELinux is a second layer of permissions on RHEL-family systems (RHEL, CentOS, Rocky, AlmaLinux, Fedora). nginx runs in the `httpd_t` domain, which may by default only connect to a few web-related ports. The audit log line `avc: denied { name_connect }` means SELinux stopped nginx from connecting to a TCP port; `{ connectto }` or `{ write }` on a `sock_file` means it stopped nginx from using a unix socket.',
    'nginx sees this as `(13: Permission denied)` on the connection (logged at `crit`) and the client gets 502 Bad Gateway. Everything else looks right: the backend runs, the port is correct, and `curl` from a shell works, because your shell is not confined the way nginx is.',
  ],
  usual: [
    'nginx proxies to an app port such as 3000, 5000 or 8000, and `httpd_can_network_connect` is off (the default).',
    'nginx connects to a unix socket created by a service that SELinux does not expect the web server to talk to, or a socket file with a label nginx may not write to.',
    'Files or sockets were moved or created by hand (`mv`, `cp` from a home directory), so they kept a label that does not fit their new place.',
    'A container runtime created the socket in a shared volume without a label nginx may use.',
  ],
  confirm: [
    {
      kind: 'command',
      text: 'getenforce',
      expect:
        '`Enforcing` means SELinux blocks; `Permissive` only logs, so it cannot be the cause of a 502.',
    },
    {
      kind: 'command',
      text: 'sudo ausearch -m AVC -ts recent -c nginx',
      expect:
        '`avc: denied { name_connect } … dest={port} … tcontext=…:unreserved_port_t` (or another port type) confirms a blocked TCP connection; `{ connectto }` or `{ write }` with `tclass=sock_file`/`unix_stream_socket` a blocked socket. `<no matches>` means SELinux denied nothing recently.',
    },
    {
      kind: 'command',
      text: 'getsebool httpd_can_network_connect httpd_can_network_relay',
      expect: '`off` for both means nginx may only connect to the standard web ports.',
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
    checkDirectCurl,
  ],
  fix: [
    {
      title: 'Allow nginx to make network connections (the simple switch)',
      why: 'The boolean `httpd_can_network_connect` is SELinux’s built-in permission for a web server that proxies to other services. Turning it on lets nginx connect to any TCP port, which ends the denials at once.',
      tradeoff:
        'Broad: a compromised nginx could then connect anywhere. If you want to allow only the backend’s port, use the next option instead. Never disable SELinux (`setenforce 0`) to fix this.',
      steps: [
        {
          kind: 'command',
          text: 'sudo setsebool -P httpd_can_network_connect 1\ngetsebool httpd_can_network_connect',
          expect:
            '`httpd_can_network_connect --> on`. `-P` makes it survive a reboot; no restart of nginx is needed.',
        },
      ],
    },
    {
      title: 'Allow just the backend’s port: label it as a web port',
      why: 'SELinux decides by port type. Giving the backend port the `http_port_t` type, and allowing nginx to relay to web ports (`httpd_can_network_relay`), lets nginx reach that port and the standard web ports, but not databases, mail servers or arbitrary ports.',
      tradeoff: 'A little more setup; every new backend port needs the same label.',
      steps: [
        {
          kind: 'command',
          text: 'sudo semanage port -a -t http_port_t -p tcp {port} || sudo semanage port -m -t http_port_t -p tcp {port}\nsudo setsebool -P httpd_can_network_relay 1\nsudo semanage port -l | grep -w http_port_t',
          expect:
            '`{port}` appears in the `http_port_t` list. `-a` adds the label; if the port already has another type, `-m` changes it.',
        },
      ],
    },
    {
      title: 'Unix sockets: give the socket directory the web server’s runtime label',
      why: 'nginx may use sockets labelled `httpd_var_run_t`. Labelling the directory where the backend creates its socket (and making the rule permanent) lets nginx write to it.',
      tradeoff:
        'Only fixes `{ write }` denials on the file. A remaining `{ connectto }` denial is about the process behind the socket; the next option covers it.',
      steps: [
        {
          kind: 'command',
          text: 'sudo semanage fcontext -a -t httpd_var_run_t "/run/{service}(/.*)?"\nsudo restorecon -Rv /run/{service}\nls -Z /run/{service}/',
          expect: 'The directory and socket now show `httpd_var_run_t`.',
        },
      ],
    },
    {
      title: 'Last resort: a small local policy built from the exact denials',
      why: 'When no boolean or label covers the case (typically `connectto` to an app running as an unconfined service), `audit2allow` turns the logged denials into a policy module that allows exactly those actions.',
      tradeoff:
        'Read the generated `.te` file before installing it: it allows whatever was denied, including things that should stay denied. Prefer booleans and labels when they exist.',
      steps: [
        {
          kind: 'command',
          text: 'sudo ausearch -m AVC -ts recent -c nginx | audit2allow -M nginx_backend\ncat nginx_backend.te',
          expect:
            'Lines such as `allow httpd_t unconfined_service_t:unix_stream_socket connectto;`. Only install it if every rule makes sense.',
        },
        {
          kind: 'command',
          text: 'sudo semodule -i nginx_backend.pp\nsudo semodule -l | grep nginx_backend',
          expect: 'The module is listed; retry the request.',
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
