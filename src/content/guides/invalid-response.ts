import type { CauseGuide } from '../../core/fix/types.ts'
import { checkListening, checkNginxTarget, PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

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
    checkNginxTarget,
    checkListening,
    {
      kind: 'command',
      text: 'curl -sv --http1.1 -o /dev/null http://{address}{path} 2>&1 | sed -n "/^< /p"',
      expect:
        'A normal HTTP server shows `< HTTP/1.1 200 OK` and its headers. If this works while nginx uses `fastcgi_pass`, `uwsgi_pass` or `grpc_pass`, the directive is wrong. `Received HTTP/0.9 when not allowed` or an empty reply means it is not an HTTP server.',
    },
    {
      kind: 'command',
      text: 'curl -s --http1.1 -D - -o /dev/null http://{address}{path} | cat -A | head -n 40',
      expect:
        'Every header line should look like `Name: value^M$`. A space before the colon, `^@` (a NUL), a line starting with a space, or two `Content-Length` lines is the invalid header nginx rejects.',
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
      title: 'Use the nginx directive that matches the backend’s protocol',
      why: 'When both sides speak the same protocol, the responses become valid again. The rule: HTTP servers (Node, gunicorn, uvicorn, Tomcat, uWSGI with `http-socket`) → `proxy_pass http://`; PHP-FPM → `fastcgi_pass`; uWSGI with `socket` → `uwsgi_pass`; gRPC servers → `grpc_pass grpc://`.',
      tradeoff: 'None; a mismatched protocol never works.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# An HTTP server behind nginx.',
            'proxy_pass http://{address};',
            'proxy_set_header Host $host;',
          ].join('\n'),
          when: { backend: ['node', 'python', 'java', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# PHP-FPM speaks FastCGI.',
            'fastcgi_pass unix:{socket};',
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
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: ['# A gRPC server (HTTP/2 without TLS).', 'grpc_pass grpc://{address};'].join('\n'),
          when: { backend: ['other'] },
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Fix the headers the application sends',
      why: 'nginx rejects malformed or ambiguous headers on purpose: two `Content-Length` values or a length together with chunked encoding are how request-smuggling attacks work. Let the framework set framing headers instead of writing them by hand.',
      tradeoff:
        'Needs an application change; there is no nginx setting that accepts these responses.',
      steps: [
        {
          kind: 'command',
          text: "curl -s --http1.1 -D - -o /dev/null http://{address}{path} | grep -inE '^(content-length|transfer-encoding|status):'",
          expect:
            'After the fix: at most one `Content-Length`, no `Content-Length` together with `Transfer-Encoding`, and `Transfer-Encoding` only ever `chunked`.',
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
