import type { CauseGuide } from '../../core/fix/types.ts'
import { PHP_CHECKS } from '../first-checks/php.ts'
import { PREVENT_ALERT_5XX, PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'
import { poolChange } from './steps-php.ts'

export const guide: CauseGuide = {
  cause: 'fastcgi-stderr',
  explain: [
    'PHP-FPM talks to nginx over FastCGI, which has a separate channel for error messages next to the page itself. `FastCGI sent in stderr: "…"` is nginx copying such a message into its own log: a PHP warning, a fatal error, or a message from PHP-FPM about the script it was asked to run. The text in quotes is the actual problem.',
    'The line by itself does not decide the status; the client gets whatever PHP answered. `Primary script unknown` (PHP-FPM could not find the file nginx named) gives 404 “File not found.”, `Access to the script … has been denied` gives 403, a PHP fatal error usually gives 500 (or a blank 200 page when errors are hidden), and a mere warning leaves a normal 200. It becomes a 502 when PHP dies before sending any header, in which case other upstream errors accompany it, or when the text matches a `fastcgi_catch_stderr` pattern.',
  ],
  usual: [
    '`Primary script unknown`: `SCRIPT_FILENAME` points at a file PHP-FPM cannot see. The `root` in nginx does not match where the files are, `$document_root$fastcgi_script_name` is missing, or PHP-FPM runs in another container where the same files live under another path.',
    '`Unable to open primary script … (Permission denied)`: the PHP-FPM pool user cannot read the file or a directory above it, or `open_basedir` excludes it.',
    'PHP fatal errors: `Allowed memory size … exhausted`, `Maximum execution time … exceeded`, an uncaught exception, a missing extension or class after a deploy or upgrade.',
    'Warnings and deprecation notices on every request after a PHP upgrade (noise that can also fill the header buffer).',
  ],
  confirm: [
    ...PHP_CHECKS['fastcgi-stderr'],
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE '^\\s*root |SCRIPT_FILENAME|fastcgi_pass|try_files'",
      expect:
        '`SCRIPT_FILENAME $document_root$fastcgi_script_name` together with a `root` that contains the PHP files. A missing `SCRIPT_FILENAME` line, or a `root` that differs from where the files are, explains `Primary script unknown`.',
    },
    {
      kind: 'command',
      text: 'SCRIPT=/var/www/html/index.php  # the file the failing request should run\nnamei -l "$SCRIPT"\nsudo -u www-data test -r "$SCRIPT" && echo "PHP-FPM user can read it" || echo "PHP-FPM user cannot read it"',
      expect:
        'Whether the file exists at that path and whether the pool user (`www-data` on Debian, `apache` or `nginx` on RHEL) can read it and enter every directory.',
    },
    {
      kind: 'command',
      text: 'sudo tail -n 50 /var/log/php{phpVersion}-fpm.log',
      expect:
        'PHP-FPM’s own messages (worker crashes, `max_children`, time-outs) around the same time.',
      when: { distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: 'sudo tail -n 50 /var/log/php-fpm/error.log /var/log/php-fpm/www-error.log',
      expect: 'PHP-FPM’s log and the pool’s PHP error log on RHEL-family systems.',
      when: { distro: ['rhel'] },
    },
  ],
  fix: [
    {
      id: 'fix-script-filename',
      title: 'Send PHP-FPM a script path that exists and that its user can read',
      why: 'PHP-FPM runs the file named in `SCRIPT_FILENAME`, seen from its own file system and as the pool user. Building it from nginx’s `root` and the requested script, with a `root` that points at the code, makes PHP find it; `try_files $uri =404` answers missing files in nginx instead of asking PHP. The pool user must also be able to enter every directory down to the script and read it, or PHP-FPM answers `Unable to open primary script … (Permission denied)`.',
      tradeoff:
        'None for the path. With containers, nginx and PHP-FPM must see the code under the same path (mount it at the same place). Do not make code writable by the pool user unless the app writes there (uploads, cache).',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'server',
          file: '{configPath}',
          text: [
            'root /var/www/html;',
            'index index.php index.html;',
            'location ~ \\.php$ {',
            '    # Missing scripts get a 404 from nginx, never reach PHP.',
            '    try_files $uri =404;',
            '    include fastcgi_params;',
            '    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
            '    fastcgi_pass unix:{socket};',
            '}',
          ].join('\n'),
          when: { location: ['same-host'] },
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'server',
          file: '{configPath}',
          text: [
            '# The same path as inside the PHP container (see the volumes below).',
            'root /var/www/html;',
            'index index.php index.html;',
            '# Docker’s DNS, so the service name "php" is looked up at run time.',
            'resolver 127.0.0.11 valid=10s ipv6=off;',
            'location ~ \\.php$ {',
            '    try_files $uri =404;',
            '    include fastcgi_params;',
            '    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
            '    # The PHP service by name (never 127.0.0.1: that is the nginx container).',
            '    set $php_upstream php:9000;',
            '    fastcgi_pass $php_upstream;',
            '}',
          ].join('\n'),
          when: { location: ['container'], runtime: ['docker'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            'services:',
            '  php:',
            '    volumes: ["./src:/var/www/html"]',
            '  nginx:',
            '    # The same code at the same path, so SCRIPT_FILENAME is valid in both.',
            '    volumes: ["./src:/var/www/html:ro"]',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        {
          kind: 'command',
          text: 'sudo chgrp -R www-data /var/www/html\nsudo find /var/www/html -type d -exec chmod 750 {} +\nsudo find /var/www/html -type f -exec chmod 640 {} +',
          expect:
            'Only for `Permission denied`: directories `rwxr-x---` and files `rw-r-----` with the pool’s group (`www-data` on Debian, `apache` or `nginx` on RHEL). nginx itself needs read access too for static files.',
          when: { location: ['same-host'] },
        },
        ...reloadNginx,
      ],
    },
    {
      id: 'fix-php-error',
      title: 'Fix the PHP error the message names',
      why: 'Fatal errors and warnings come from the application; the message says what and where (file and line). Common ones after a deploy or upgrade: a missing extension (`Call to undefined function`), `Allowed memory size … exhausted` on a legitimately heavy page, code that needs a newer or older PHP. Fix the code or the setup the message points at; the memory limit below is for the one case where the page really needs more.',
      tradeoff:
        'Raising `memory_limit` or `max_execution_time` hides leaks and slow code; use it only for pages that really need it.',
      steps: [
        ...poolChange(
          [
            '; Only for "Allowed memory size … exhausted" on a page that needs it:',
            '; a higher limit for this pool (the default is 128M).',
            'php_admin_value[memory_limit] = 256M',
          ],
          'reload',
        ),
        {
          kind: 'command',
          text: '# "Call to undefined function mb_strlen()" means mbstring is missing, for example:\nsudo apt install php{phpVersion}-mbstring && sudo systemctl reload php{phpVersion}-fpm',
          expect:
            'The package name is `php<version>-<extension>` on Debian/Ubuntu (`php-<extension>` on RHEL). `php-fpm{phpVersion} -m` lists the extensions PHP-FPM loads.',
          when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'dockerfile',
          context: 'file',
          file: 'Dockerfile',
          text: [
            '# Official php images: build the missing extension into the image.',
            'RUN docker-php-ext-install mysqli pdo_mysql',
          ].join('\n'),
          when: { runtime: ['docker', 'kubernetes'] },
        },
      ],
    },
  ],
  prevent: [
    'Give each PHP-FPM pool its own PHP error log, and watch it after every deploy and PHP upgrade.',
    'Keep `try_files $uri =404;` in PHP locations, so nginx never asks PHP to run a file that does not exist.',
    'In containers, mount the code at the same path in the nginx and PHP-FPM containers.',
    'Test deploys on a staging copy with the production PHP version and extensions.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
