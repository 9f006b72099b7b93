import type { CauseGuide } from '../../core/fix/types.ts'
import { PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

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
    {
      kind: 'command',
      text: 'curl -s -D - -o /dev/null http://{address}{path} | wc -c',
      expect:
        'Total size of the response headers in bytes, straight from the backend. More than about 4000 (or 8000) confirms they do not fit the default buffer. Use the same cookies as the failing request (`-H "Cookie: …"`) if the size depends on the user.',
    },
    {
      kind: 'command',
      text: "curl -s -D - -o /dev/null http://{address}{path} | awk '{ print length($0), $1 }' | sort -rn | head",
      expect:
        'The largest header lines first: the first column is the length in bytes, the second the header name.',
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE '(proxy|fastcgi|uwsgi)_(buffer_size|buffers|busy_buffers_size)'",
      expect: 'No lines means the defaults (one 4 KB or 8 KB page) apply.',
    },
    {
      kind: 'command',
      text: "sudo grep -c 'FastCGI sent in stderr' /var/log/nginx/error.log",
      expect:
        'PHP-FPM: many stderr messages near the `too big header` lines mean PHP warnings are filling the header buffer.',
      when: { backend: ['php-fpm'] },
    },
  ],
  fix: [
    {
      title: 'Give nginx a bigger header buffer (a valid combination)',
      why: 'With a 32 KB buffer for the first part of the response, headers up to 32 KB fit. The buffers for the body have to grow along with it: nginx requires `proxy_busy_buffers_size` to be at least as big as `proxy_buffer_size` and smaller than all `proxy_buffers` together minus one. That is why raising `proxy_buffer_size` alone makes `nginx -t` fail with a `proxy_busy_buffers_size` error.',
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
            'fastcgi_pass unix:{socket};',
            'include fastcgi_params;',
            'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
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
            'uwsgi_pass {address};',
            'include uwsgi_params;',
            'uwsgi_buffer_size 32k;',
            'uwsgi_buffers 8 32k;',
            'uwsgi_busy_buffers_size 64k;',
          ].join('\n'),
          when: { backend: ['uwsgi'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'ingress.yaml',
          text: [
            '# ingress-nginx: the same setting per Ingress, as an annotation.',
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
      title: 'Make the headers smaller at the source',
      why: 'Headers travel with every response, and cookies come back with every request too. Keeping session data on the server (with only an ID in the cookie), trimming policies and removing debug headers fixes the 502 and makes every request lighter.',
      tradeoff:
        'Needs a change in the application; server-side sessions need a store (database, Redis).',
      steps: [
        {
          kind: 'command',
          text: "curl -s -D - -o /dev/null http://{address}{path} | grep -i '^set-cookie' | awk '{ print length($0) }'",
          expect:
            'The size of each cookie the backend sets. A cookie of several KB is session data that belongs on the server.',
        },
      ],
    },
    {
      title: 'PHP: send warnings to a log file, not into the response',
      why: 'Without its own error log, PHP-FPM passes warnings to nginx through the FastCGI error stream, where they fill the header buffer. A log file for the pool keeps them out of the response path (and fixing the warnings removes them altogether).',
      tradeoff:
        'Warnings no longer appear in nginx’s error log: look in the pool’s log file instead.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: [
            'php_admin_flag[log_errors] = on',
            'php_admin_value[error_log] = /var/log/php{phpVersion}-fpm.www-errors.log',
          ].join('\n'),
        },
        {
          kind: 'command',
          text: 'sudo touch /var/log/php{phpVersion}-fpm.www-errors.log && sudo chown www-data: /var/log/php{phpVersion}-fpm.www-errors.log\nsudo systemctl reload php{phpVersion}-fpm',
          expect: 'The pool user (here `www-data`) must be able to write the file.',
        },
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
