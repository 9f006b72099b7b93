import type { CauseGuide, FixOption } from '../../core/fix/types.ts'
import { PHP_CHECKS } from '../first-checks/php.ts'
import { checkNginxTarget, PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

/** Make the backend send a response nginx can read. */
export const fixBackendResponseOption: FixOption = {
  id: 'fix-backend-response',
  title: 'Fix the headers the application sends',
  why: 'nginx rejects malformed or ambiguous headers on purpose: two `Content-Length` values or a length together with chunked encoding are how request-smuggling attacks work. Let the framework set framing headers instead of writing them by hand; for PHP, a `Status:` header must start with a number (`Status: 404 Not Found`).',
  tradeoff: 'Needs an application change; there is no nginx setting that accepts these responses.',
  steps: [
    {
      kind: 'command',
      text: "curl -s --http1.1 -D - -o /dev/null {scheme}://{address}{path} | grep -inE '^(content-length|transfer-encoding|status):'",
      expect:
        'After the fix: at most one `Content-Length`, no `Content-Length` together with `Transfer-Encoding`, and `Transfer-Encoding` only ever `chunked`.',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'command',
      text: "SCRIPT_FILENAME=/var/www/html/index.php SCRIPT_NAME=/index.php REQUEST_URI='{path}' REQUEST_METHOD=GET cgi-fcgi -bind -connect {socket} 2>/dev/null | sed '/^\\r\\?$/q' | cat -A",
      expect:
        'PHP-FPM asked directly over FastCGI (`cgi-fcgi` from `libfcgi-bin`): every header line should look like `Name: value^M$`, and a `Status:` line must start with a three-digit code.',
      when: { backend: ['php-fpm'] },
    },
  ],
}

export const guide: CauseGuide = {
  cause: 'invalid-response',
  explain: [
    'nginx talks to each backend in one protocol, chosen by the directive: `proxy_pass` speaks HTTP, `fastcgi_pass` FastCGI (PHP-FPM), `uwsgi_pass` the uwsgi protocol, `grpc_pass` HTTP/2. The backend answered, but not in a form nginx can accept for that protocol: either the two sides speak different protocols, or the backend broke the rules (a header name with a space or a control character, two `Content-Length` headers, `Content-Length` together with `Transfer-Encoding`, a `Transfer-Encoding` other than `chunked`, a non-numeric CGI `Status`).',
    'The client gets 502 Bad Gateway, and nginx does not try another server by default (all servers of the app would answer the same way). Two look-alikes behave differently: `upstream sent no valid HTTP/1.0 header` is not a 502 at all, nginx relays whatever came back as an old HTTP/0.9 response and logs status `009`; and `upstream sent invalid chunked response` after the status was sent leaves the client with a 200 and a cut-off body.',
  ],
  usual: [
    '`fastcgi_pass` pointed at an HTTP server (logged as `unsupported FastCGI protocol version: 72`, where 72 is the letter H of `HTTP/1.1`), or `proxy_pass` pointed at PHP-FPM.',
    'A uWSGI mix-up: `--socket` speaks the uwsgi protocol and needs `uwsgi_pass`, `--http-socket` speaks HTTP and needs `proxy_pass`.',
    '`grpc_pass` (or HTTP/2 to the backend) towards a server that only speaks HTTP/1 (`upstream sent too large http2 frame: 4740180`).',
    'The application writes raw headers itself and gets them wrong: stray spaces, a folded header, a NUL byte, duplicated `Content-Length`, or `Transfer-Encoding: gzip`.',
    'Another program, not the app, answers on that port (a database, Redis, an SSH or TLS service).',
  ],
  confirm: [
    ...PHP_CHECKS['invalid-response'],
    checkNginxTarget,
    {
      kind: 'command',
      text: 'curl -sv --http1.1 -o /dev/null {scheme}://{address}{path} 2>&1 | sed -n "/^< /p"',
      expect:
        'Only for a port that should speak HTTP (never PHP-FPM’s). A normal HTTP server shows `< HTTP/1.1 200 OK` and its headers. `Received HTTP/0.9 when not allowed` or an empty reply means it is not an HTTP server.',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'command',
      text: 'curl -s --http1.1 -D - -o /dev/null {scheme}://{address}{path} | cat -A | head -n 40',
      expect:
        'Every header line should look like `Name: value^M$`. A space before the colon, `^@` (a NUL), a line starting with a space, or two `Content-Length` lines is the invalid header nginx rejects.',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'command',
      text: "grep -rnE '^(listen|listen\\.)' /etc/php/{phpVersion}/fpm/pool.d/",
      expect:
        'PHP-FPM answers FastCGI on this address or socket: nginx must reach it with `fastcgi_pass`, never `proxy_pass`.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: "grep -rnE '^(socket|http-socket|http|uwsgi-socket)' /etc/uwsgi/ 2>/dev/null",
      expect: '`socket =` needs `uwsgi_pass`; `http-socket =` or `http =` needs `proxy_pass`.',
      when: { backend: ['uwsgi'] },
    },
  ],
  fix: [
    {
      id: 'match-upstream-protocol',
      title: 'Use the nginx directive that matches the backend’s protocol',
      why: 'When both sides speak the same protocol, the responses become valid again. The rule: HTTP servers (Node, gunicorn, uvicorn, Tomcat, another nginx, uWSGI with `http-socket`) → `proxy_pass http://`, or `https://` only when that port really speaks TLS; PHP-FPM → `fastcgi_pass`; uWSGI with `socket` → `uwsgi_pass`; gRPC servers → `grpc_pass grpc://`. `unsupported FastCGI protocol version: 72` is the classic sign of `fastcgi_pass` aimed at an HTTP port (72 is the letter H of `HTTP/1.1`).',
      tradeoff: 'None; a mismatched protocol never works.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The port answers HTTP (an app server, another nginx): proxy_pass.',
            'proxy_pass http://{address};',
            'proxy_set_header Host $host;',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The port is PHP-FPM: it speaks FastCGI.',
            'fastcgi_pass {address};',
            'include fastcgi_params;',
            'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# uWSGI started with "socket = ..." speaks the uwsgi protocol.',
            'uwsgi_pass {address};',
            'include uwsgi_params;',
          ].join('\n'),
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: '/etc/uwsgi/apps-enabled/{service}.ini',
          text: [
            '[uwsgi]',
            '; or keep proxy_pass and make uWSGI speak HTTP there instead of "socket ="',
            '; (the address nginx uses; a socket path without "unix:")',
            'http-socket = {address}',
          ].join('\n'),
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The backend port speaks TLS (HTTPS), not plain HTTP.',
            'proxy_pass https://{address};',
            'proxy_ssl_server_name on;',
          ].join('\n'),
          when: { backend: ['node', 'python', 'java', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: ['# A gRPC server (HTTP/2 without TLS).', 'grpc_pass grpc://{address};'].join('\n'),
          when: { backend: ['other'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            '# nginx-proxy (docker-gen) decides the directive from the container’s variables.',
            'services:',
            '  php:',
            '    environment:',
            '      VIRTUAL_PROTO: fastcgi',
            '      VIRTUAL_ROOT: /var/www/html',
          ].join('\n'),
          when: { backend: ['php-fpm'], runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            '# ingress-nginx: the protocol of the Service’s port (HTTP when not set).',
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"  # or "FCGI", "GRPC"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'remove-upstream-keepalive',
      title: 'Stop reusing connections the backend cannot reuse',
      why: 'With `keepalive` in the `upstream` block (and `fastcgi_keep_conn on` for FastCGI), nginx sends the next request on a connection the backend already finished with. A backend that mishandles that answers with records nginx does not expect: `upstream sent unexpected FastCGI record: 3` (an end-of-request record) is the usual sign, and removing `keepalive` has fixed it in public reports.',
      tradeoff:
        'A new connection per request costs a little latency, close to nothing over a unix socket. Put keep-alive back once the backend handles it.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'upstream',
          file: '{configPath}',
          text: [
            '# No "keepalive" line in this block: every request gets a fresh connection.',
            'server {address};',
          ].join('\n'),
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The default: PHP-FPM closes the connection after each response.',
            'fastcgi_keep_conn off;',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        ...reloadNginx,
      ],
    },
    fixBackendResponseOption,
    {
      id: 'upgrade-backend',
      title: 'Upgrade the backend when its protocol code is the bug',
      why: 'When the directive matches and the application writes no headers by hand, the invalid response comes from the server or library that speaks the protocol: FastCGI libraries that mis-frame large or kept-alive responses, old uWSGI or HTTP/2 stacks. Such bugs are fixed in later releases; the project’s changelog or issue tracker names the version.',
      tradeoff:
        'An upgrade can change other behaviour: read the release notes and try it on a staging copy first.',
      steps: [
        {
          kind: 'command',
          text: 'sudo apt update && sudo apt install --only-upgrade php{phpVersion}-fpm\nphp-fpm{phpVersion} -v',
          expect: 'The new patch release; PHP-FPM restarts with it.',
          when: {
            backend: ['php-fpm'],
            distro: ['debian', 'other'],
            runtime: ['systemd', 'other'],
          },
        },
        {
          kind: 'command',
          text: 'sudo dnf upgrade php-fpm\nphp-fpm -v',
          expect: 'The new release of the distribution’s PHP.',
          when: { backend: ['php-fpm'], distro: ['rhel'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'command',
          text: 'pip install --upgrade uwsgi\nuwsgi --version',
          expect: 'In the application’s virtualenv; restart the service afterwards.',
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'command',
          text: 'docker compose pull {service} && docker compose up -d {service}',
          expect:
            'With a version tag in `image:` that has the fix (a floating tag such as `8.2-fpm` gets the latest patch release).',
          when: { runtime: ['docker'] },
        },
      ],
    },
  ],
  prevent: [
    'Write the protocol next to each backend in the nginx configuration (a comment saying HTTP, FastCGI, uwsgi or gRPC) and keep the port numbers documented, so a copied block does not end up with the wrong directive.',
    'Let the web framework produce status lines and framing headers; do not write raw `Content-Length` or `Transfer-Encoding` headers by hand.',
    PREVENT_LOG_UPSTREAM,
  ],
}
