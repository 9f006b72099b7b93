import type { CommandStep } from '../../core/fix/types.ts'
import type { CauseId } from '../../core/causes.ts'

/**
 * Runs a read-only shell command in every running Compose service, so nobody has to know the
 * service names first. `inner` must not contain single quotes.
 */
export function inEveryService(inner: string): string {
  return `for s in $(docker compose ps --services); do echo "== $s"; docker compose exec -T "$s" sh -c '${inner}' 2>&1; done`
}

/** Which ingress-nginx annotation each Ingress sets (`<none>`: the controller's default). */
function ingressAnnotation(name: string): string {
  return `kubectl get ingress -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,VALUE:.metadata.annotations.nginx\\.ingress\\.kubernetes\\.io/${name}'`
}

/**
 * The first checks of the causes of this area, most telling first: the page's "Start here" and
 * the command line's `check` take the first that fits the setup and that the log can fill.
 * Each guide's checks start with these (see guides.test.ts).
 */
export const PHP_CHECKS = {
  'socket-missing': [
    {
      kind: 'command',
      text: inEveryService('ls -l {socket}'),
      expect:
        'Each container says whether it sees the socket. A line starting with `s` in the PHP container but `No such file or directory` in the nginx one: the two do not share the socket’s directory. No container has it: PHP-FPM does not create it — the official `php:*-fpm` images listen on TCP port 9000 instead.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "kubectl get pods -o custom-columns='POD:.metadata.name,CONTAINERS:.spec.containers[*].name,VOLUMES:.spec.volumes[*].name'",
      expect:
        'A socket only works between containers of the same pod that mount the same `emptyDir` at its directory. nginx and PHP-FPM in different pods must talk over TCP (the PHP Service’s port).',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: "ls -l {socket}; ls -l /run/php/ /run/php-fpm/ 2>/dev/null\nsystemctl list-units --all 'php*-fpm*' --no-pager",
      expect:
        'A socket of another version in the list (`php8.4-fpm.sock` while nginx asks for `php8.2-fpm.sock`): nginx names an old PHP. No socket at all and the unit `failed` or `inactive`: PHP-FPM is not running (`php-fpm… -t` says why). The socket there now: PHP-FPM was restarting at the time.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: 'ls -l {socket}; ls -la "$(dirname {socket})"\nsudo ss -xlp | grep -F .sock',
      expect:
        '`No such file or directory` confirms it. The `ss` lines show every socket that really has a listener and which program owns it: use that path in nginx, or start the program that should own yours.',
    },
  ],
  'permission-denied': [
    {
      kind: 'command',
      text: inEveryService('ls -ln {socket}; grep -E "^(nginx|www-data):" /etc/passwd'),
      expect:
        'Numeric owner, group and mode of the socket as each container sees it, and the uid of `nginx` and `www-data` there. The nginx workers (user `nginx`, uid 101 in the official image) need write access through owner, group or others; `www-data` is uid 33 in Debian-based PHP images and 82 in Alpine ones, so the same name is not the same user.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'namei -l {socket}\nps -o user= -C nginx | sort | uniq -c\ngetenforce 2>/dev/null',
      expect:
        'Owner, group and mode of the socket and of every directory above it, and the user of the nginx workers. That user needs `w` on the socket (owner, group or others) and `x` on each directory; if it has both and `getenforce` says `Enforcing`, SELinux is the blocker.',
    },
    {
      kind: 'command',
      text: 'getenforce\nsudo ausearch -m AVC -ts recent -c nginx | tail -n 20',
      expect:
        '`Enforcing` and `avc: denied { name_connect }` for `comm="nginx"`: SELinux blocks the TCP connection. `<no matches>` means SELinux denied nothing recently.',
      when: { distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: 'getenforce 2>/dev/null\nsudo dmesg | grep -E \'avc: +denied|apparmor="DENIED"\' | tail -n 10',
      expect:
        'An `avc: denied` line (SELinux) or `apparmor="DENIED"` with `comm="nginx"` (AppArmor) names the blocker. Nothing printed: look at the socket’s permissions and at the upstream address.',
    },
  ],
  'selinux-denied': [
    {
      kind: 'command',
      text: 'getenforce\nsudo ausearch -m AVC -ts recent -c nginx | tail -n 20',
      expect:
        '`{ name_connect }` with `tclass=tcp_socket` and a `dest=` port: a blocked TCP port (boolean or port label). `{ connectto }` on `unix_stream_socket` or `{ write }` on `sock_file`: a blocked unix socket (file label). `Permissive` or `<no matches>`: SELinux is not what fails now.',
    },
    {
      kind: 'command',
      text: 'sudo grep denied /var/log/audit/audit.log | grep \'comm="nginx"\' | tail -n 20',
      expect:
        'The same denials read straight from the audit log, when `ausearch` is not installed.',
    },
  ],
  'fastcgi-stderr': [
    {
      kind: 'command',
      text: `docker compose logs --since 30m 2>&1 | grep -E 'Primary script|Unable to open|PHP (Fatal|Parse) error' | tail -n 20\n${inEveryService('nginx -T 2>/dev/null | grep -E "^ *root |SCRIPT_FILENAME"; ls -ld /var/www/html')}`,
      expect:
        'The PHP messages, then each container: the nginx one prints its `root`. The PHP container must have the code at that same path; `No such file or directory` there means the code is mounted into nginx only, which gives `Primary script unknown`.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: 'sudo grep -oE \'FastCGI sent in stderr: "[^"]{0,120}\' /var/log/nginx/error.log | sort | uniq -c | sort -rn | head',
      expect:
        '`Primary script unknown`: nginx sends a script path that does not exist for PHP (`root`/`SCRIPT_FILENAME`). `Unable to open primary script … (Permission denied)`: the pool user cannot read it. `PHP Fatal error: …`: a bug in the application, with its file and line.',
    },
  ],
  'php-fpm-max-children': [
    {
      kind: 'command',
      text: `docker compose logs --since 1h 2>&1 | grep -E 'max_children|executing too slow|terminated' | tail -n 10\n${inEveryService('grep -hE "^(pm|pm[.]max_children|request_terminate_timeout) *=" /usr/local/etc/php-fpm.d/*.conf 2>/dev/null')}`,
      expect:
        '`server reached pm.max_children setting (5)` at the time of the errors: the pool was full. The official image keeps the default `pm.max_children = 5`. `executing too slow` lines at the same time mean slow requests filled it.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: "sudo grep -h max_children /var/log/php{phpVersion}-fpm.log | tail -n 5\ngrep -nE '^(pm|pm\\.max_children|request_terminate_timeout) *=' /etc/php/{phpVersion}/fpm/pool.d/*.conf",
      expect:
        'The times the pool was full, and its size. A small `pm.max_children` (5 is the packaged default) reached at every busy hour: the pool is too small. A large one reached all at once: requests got slow or stuck.',
      when: { distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: "sudo grep -h max_children /var/log/php-fpm/error.log | tail -n 5\ngrep -nE '^(pm|pm\\.max_children|request_terminate_timeout) *=' /etc/php-fpm.d/*.conf",
      expect:
        'The times the pool was full, and its size. Reached at every busy hour with a small pool: too few children. Reached suddenly with a large one: slow or stuck requests.',
      when: { distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: "sudo grep -h max_children /var/log/php*-fpm.log /var/log/php-fpm/error.log 2>/dev/null | tail -n 5\ngrep -rnE '^pm\\.max_children' /etc/php/*/fpm/pool.d/ /etc/php-fpm.d/ 2>/dev/null",
      expect:
        '`WARNING: [pool www] server reached pm.max_children setting (N), consider raising it` at the time of the errors confirms it; the second command shows each pool’s size.',
    },
  ],
  'header-too-big': [
    {
      kind: 'command',
      text: "sudo grep -c 'FastCGI sent in stderr' /var/log/nginx/error.log\nSCRIPT_FILENAME=/var/www/html/index.php SCRIPT_NAME=/index.php REQUEST_URI='{path}' REQUEST_METHOD=GET cgi-fcgi -bind -connect {socket} 2>/dev/null | sed '/^\\r\\?$/q' | wc -c",
      expect:
        'Many stderr lines: PHP warnings and notices share the header buffer and fill it. The second number is the size in bytes of the headers PHP itself sends (set `SCRIPT_FILENAME` to the script behind the failing URL; `cgi-fcgi` is in the package `libfcgi-bin`, or `fcgi` on RHEL). Above about 4000 they do not fit the default buffer.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: "sudo grep -c 'FastCGI sent in stderr' /var/log/nginx/error.log\nSCRIPT_FILENAME=/var/www/html/index.php SCRIPT_NAME=/index.php REQUEST_URI='{path}' REQUEST_METHOD=GET cgi-fcgi -bind -connect {host}:{port} 2>/dev/null | sed '/^\\r\\?$/q' | wc -c",
      expect:
        'Many stderr lines: PHP warnings fill the header buffer. The second number is the size in bytes of the headers PHP sends (set `SCRIPT_FILENAME` to the script behind the failing URL; `cgi-fcgi` is in `libfcgi-bin`, or `fcgi` on RHEL). Above about 4000 they do not fit the default buffer.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: ingressAnnotation('proxy-buffer-size'),
      expect:
        '`<none>` means the controller’s default of 4k for that Ingress. The Ingress that serves the failing host needs a larger `proxy-buffer-size` annotation (or the app smaller headers).',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: 'curl -s -D - -o /dev/null {scheme}://{address}{path} | wc -c',
      expect:
        'Total size of the response headers in bytes, straight from the backend. More than about 4000 (or 8000) confirms they do not fit the default buffer. Send the failing request’s cookies (`-H "Cookie: …"`) if the size depends on the user.',
    },
  ],
  'invalid-response': [
    {
      kind: 'command',
      text: 'docker compose ps',
      expect:
        'The image of the service nginx talks to tells its protocol: a `php:*-fpm` image speaks FastCGI on 9000 (`fastcgi_pass`), an app server or another nginx speaks HTTP (`proxy_pass http://`), uWSGI depends on its `socket`/`http-socket` option.',
      when: { runtime: ['docker'] },
    },
    {
      kind: 'command',
      text: ingressAnnotation('backend-protocol'),
      expect:
        '`<none>` means HTTP. It must match the pods: `HTTPS` for a TLS port, `FCGI` for PHP-FPM, `GRPC` for a gRPC server.',
      when: { runtime: ['kubernetes'] },
    },
    {
      kind: 'command',
      text: "sudo ss -xlp | grep -F -- '{socket}'\nsudo nginx -T 2>/dev/null | grep -nE '(proxy|fastcgi|uwsgi|grpc)_pass'",
      expect:
        'The program behind the socket (`php-fpm`, `uwsgi`, `gunicorn`, `node` in `users:((…))`) and the directive nginx uses for it: PHP-FPM needs `fastcgi_pass`, uWSGI’s `socket` needs `uwsgi_pass`, HTTP servers need `proxy_pass http://unix:…`.',
    },
    {
      kind: 'command',
      text: "sudo ss -tlnp | grep -- ':{port} '\nsudo nginx -T 2>/dev/null | grep -nE '(proxy|fastcgi|uwsgi|grpc)_pass|keepalive|fastcgi_keep_conn'",
      expect:
        'The program on the port: `php-fpm` needs `fastcgi_pass`, `uwsgi` needs `uwsgi_pass` (unless it runs `http-socket`), `node`, `gunicorn`, `java` or `nginx` need `proxy_pass http://`. A matching directive plus `keepalive` and `fastcgi_keep_conn on`, with `unexpected FastCGI record` errors, points at connection reuse.',
    },
  ],
} satisfies Partial<Record<CauseId, readonly CommandStep[]>>
