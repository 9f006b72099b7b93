import type { CauseGuide } from '../../core/fix/types.ts'
import { PHP_CHECKS } from '../first-checks/php.ts'
import { PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'
import { applyPool, poolSettings } from './steps-php.ts'

export const guide: CauseGuide = {
  cause: 'header-too-big',
  explain: [
    'nginx reads the start of every backend response, the status line and all headers, into one fixed-size buffer: `proxy_buffer_size` for HTTP backends, `fastcgi_buffer_size` for PHP-FPM, `uwsgi_buffer_size` for uWSGI. By default it is one memory page, 4 KB or 8 KB. When the headers do not fit, nginx refuses the whole response. For PHP-FPM, warnings and notices that PHP writes to its error stream before the headers land in the same buffer and count against it.',
    'The backend did answer, but nginx cannot pass on a response it could not read, so the client gets 502 Bad Gateway. This is an “invalid header” failure, which nginx does not retry on another server by default, and retrying would not help anyway: every server of the app sends the same headers.',
  ],
  usual: [
    'Large or many `Set-Cookie` headers: a session stored entirely in a cookie, several tracking cookies, or an auth library that splits a big token over several cookies.',
    'A long `Content-Security-Policy`, `Link` (preload) or `Permissions-Policy` header.',
    'A JWT or other token sent back in a header.',
    'Debug headers from a framework left on in production.',
    'PHP warnings or notices written to stderr before the headers (PHP-FPM only), often after a PHP upgrade deprecates something used on every request.',
  ],
  confirm: [
    ...PHP_CHECKS['header-too-big'],
    {
      kind: 'command',
      text: "curl -s -D - -o /dev/null {scheme}://{address}{path} | awk '{ print length($0), $1 }' | sort -rn | head",
      expect:
        'The largest header lines first: the first column is the length in bytes, the second the header name.',
      when: { backend: ['node', 'python', 'java', 'other'] },
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE '(proxy|fastcgi|uwsgi|grpc)_(buffer_size|buffers|busy_buffers_size)'",
      expect: 'No lines means the defaults (one 4 KB or 8 KB page) apply.',
    },
    {
      kind: 'command',
      text: 'sudo grep -oE \'FastCGI sent in stderr: "[^"]{0,120}\' /var/log/nginx/error.log | sort | uniq -c | sort -rn | head',
      expect:
        'The PHP messages that travel in the header stream, most frequent first: the warnings to fix (or to log elsewhere).',
      when: { backend: ['php-fpm'] },
    },
  ],
  fix: [
    {
      id: 'raise-header-buffers',
      title: 'Give nginx a bigger header buffer (a valid combination)',
      why: 'With a 32 KB buffer for the first part of the response, headers up to 32 KB fit. The buffers for the body have to grow along with it: nginx requires `*_busy_buffers_size` to be at least as big as `*_buffer_size` and smaller than all `*_buffers` together minus one. That is why raising `proxy_buffer_size` alone can make `nginx -t` fail with a `proxy_busy_buffers_size` error. The directive must match the one that talks to the backend: `fastcgi_*` for PHP-FPM, `uwsgi_*` for uWSGI, `grpc_buffer_size` for gRPC.',
      tradeoff:
        'Memory per active connection grows (here up to about 256 KB while a response is being buffered). Do not go far beyond what the headers need, and shrink the headers too if they keep growing.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            'proxy_pass http://{address};',
            '# Room for 32 KB of response headers...',
            'proxy_buffer_size 32k;',
            '# ...and body buffers big enough for the rule busy < total - one buffer.',
            'proxy_buffers 8 32k;',
            'proxy_busy_buffers_size 64k;',
          ].join('\n'),
          when: { backend: ['node', 'python', 'java', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# Next to fastcgi_pass, in the PHP location.',
            'fastcgi_buffer_size 32k;',
            'fastcgi_buffers 8 32k;',
            'fastcgi_busy_buffers_size 64k;',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# Next to uwsgi_pass.',
            'uwsgi_buffer_size 32k;',
            'uwsgi_buffers 8 32k;',
            'uwsgi_busy_buffers_size 64k;',
          ].join('\n'),
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# Next to grpc_pass: gRPC has this one buffer setting.',
            'grpc_buffer_size 32k;',
          ].join('\n'),
          when: { backend: ['other'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            '# ingress-nginx, on the Ingress of the failing host (or proxy-buffer-size in the',
            '# controller ConfigMap for all). It also sizes the body buffers (proxy-buffers-number of them).',
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/proxy-buffer-size: "32k"',
          ].join('\n'),
          when: { runtime: ['kubernetes'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'shrink-response-headers',
      title: 'Make the headers smaller at the source',
      why: 'Headers travel with every response, and cookies come back with every request too. Keeping session data on the server (with only an ID in the cookie), trimming policies and removing debug headers fixes the 502 and makes every request lighter.',
      tradeoff:
        'Needs a change in the application; server-side sessions need a store (database, Redis).',
      steps: [
        {
          kind: 'command',
          text: "curl -s -D - -o /dev/null {scheme}://{address}{path} | grep -i '^set-cookie' | awk '{ print length($0) }'",
          expect:
            'The size of each cookie the backend sets. A cookie of several KB is session data that belongs on the server.',
          when: { backend: ['node', 'python', 'java', 'other'] },
        },
        {
          kind: 'command',
          text: "SCRIPT_FILENAME=/var/www/html/index.php SCRIPT_NAME=/index.php REQUEST_URI='{path}' REQUEST_METHOD=GET cgi-fcgi -bind -connect {socket} 2>/dev/null | sed '/^\\r\\?$/q' | awk '{ print length($0), $1 }' | sort -rn | head",
          expect:
            'PHP-FPM, asked directly over FastCGI: the largest header lines PHP sends, with their length. `Set-Cookie` or cache-tag headers of several KB are the ones to shrink in the application.',
          when: { backend: ['php-fpm'] },
        },
      ],
    },
    {
      id: 'fix-php-error',
      title: 'PHP: fix the warnings, and send them to a log file instead of the response',
      why: 'Without an error log file of its own, PHP-FPM passes warnings and notices to nginx in the FastCGI error stream, before the headers, where they count against the header buffer (each one also shows up as `FastCGI sent in stderr`). Fixing the warnings removes them; an `error_log` file for the pool keeps any that remain out of the response path. The official Docker images already switch this stream off (`fastcgi.logging = Off`); custom images may not.',
      tradeoff: 'Warnings no longer appear in nginx’s error log: read the pool’s log file instead.',
      steps: [
        ...poolSettings((setup) => [
          'php_admin_flag[log_errors] = on',
          setup === 'rhel'
            ? 'php_admin_value[error_log] = /var/log/php-fpm/www-error.log'
            : 'php_admin_value[error_log] = /var/log/php{phpVersion}-fpm.www-errors.log',
        ]).filter((step) => !step.file?.includes('zz-pool')),
        {
          kind: 'command',
          text: 'sudo touch /var/log/php{phpVersion}-fpm.www-errors.log\nsudo chown www-data: /var/log/php{phpVersion}-fpm.www-errors.log',
          expect: 'No output. The pool user (here `www-data`) must be able to write the file.',
          when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'dockerfile',
          context: 'file',
          file: 'Dockerfile',
          text: [
            '# Keep PHP messages out of the FastCGI stream, as the official php:*-fpm images do;',
            '# with catch_workers_output they still reach "docker compose logs".',
            'RUN echo "fastcgi.logging = Off" > "$PHP_INI_DIR/conf.d/zz-fastcgi-logging.ini"',
          ].join('\n'),
          when: { runtime: ['docker', 'kubernetes'] },
        },
        ...applyPool('reload'),
      ],
      when: { backend: ['php-fpm'] },
    },
  ],
  prevent: [
    'Keep response headers small: session data on the server, short policies, no debug headers in production. Add a test that fails when the headers of your main pages exceed a few KB.',
    'When you raise `proxy_buffer_size`, raise `proxy_buffers` and `proxy_busy_buffers_size` with it, and always run `nginx -t` before reloading.',
    'Fix PHP deprecation warnings after upgrades instead of letting them flood stderr.',
    PREVENT_LOG_UPSTREAM,
  ],
}
