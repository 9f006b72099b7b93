import type { CauseGuide, FixOption } from '../../core/fix/types.ts'
import { PHP_CHECKS } from '../first-checks/php.ts'
import { PREVENT_ALERT_5XX, PREVENT_LOG_UPSTREAM } from './common.ts'
import { applyPool, poolChange, poolSettings, type PoolSetup } from './steps-php.ts'

/** Where each setup's slow log goes: the official image logs to the container's stderr. */
const SLOWLOG: Record<PoolSetup, string> = {
  debian: '/var/log/php{phpVersion}-fpm.slow.log',
  rhel: '/var/log/php-fpm/www-slow.log',
  docker: '/proc/self/fd/2',
}

/** Size the PHP-FPM pool from memory. */
export const raisePmMaxChildrenOption: FixOption = {
  id: 'raise-pm-max-children',
  title: 'Size the pool from memory, and let it grow on demand',
  why: 'More children serve more requests at once. The safe number comes from memory: the RAM you can give PHP divided by the average size of one child. With `pm = dynamic`, PHP-FPM keeps a few spare children ready and starts more up to the maximum.',
  tradeoff:
    'Too many children can exhaust memory and get processes killed by the OOM killer, which is worse than queueing. If children are busy because requests are slow, more children only push more load onto the slow database or API.',
  steps: poolChange(
    [
      '; Example for ~2 GB for PHP with ~60 MB per child: 2048 / 60 ≈ 30.',
      'pm = dynamic',
      'pm.max_children = 30',
      '; must satisfy: min_spare_servers <= start_servers <= max_spare_servers',
      'pm.start_servers = 6',
      'pm.min_spare_servers = 4',
      'pm.max_spare_servers = 10',
    ],
    'reload',
  ),
}

export const guide: CauseGuide = {
  cause: 'php-fpm-max-children',
  explain: [
    'PHP-FPM runs PHP in a pool of worker processes (“children”); each one handles one request at a time. `server reached pm.max_children setting` means every child was busy and PHP-FPM was not allowed to start more. New requests then wait in the socket’s queue until a child becomes free.',
    'What the visitor sees depends on how long the wait lasts. If a child frees up in time, the page is just slow. If the wait exceeds `fastcgi_read_timeout` (60 s by default), nginx answers 504. If the socket’s queue itself fills up, new connections are rejected and nginx answers 502 (`Resource temporarily unavailable` on a unix socket, or a refused or timed-out TCP connection).',
  ],
  usual: [
    'The default `pm.max_children = 5` of the packaged pools and the official Docker image, far too low for a real site.',
    'Slow requests holding children: a slow database query, an external API call, a lock. The same traffic with slower requests fills the pool.',
    'Stuck requests that never finish, because nothing ends them (`request_terminate_timeout` is off by default).',
    'A traffic spike, bots or crawlers hammering expensive pages.',
    'A limit set low on purpose because each child needs a lot of memory.',
  ],
  confirm: [
    ...PHP_CHECKS['php-fpm-max-children'],
    {
      kind: 'command',
      text: 'ps -C php-fpm{phpVersion},php-fpm -o rss= | awk \'{ sum += $1; n++ } END { if (n) printf "%d processes, %.0f MB average, %.0f MB total\\n", n, sum / n / 1024, sum / 1024 }\'\nfree -m',
      expect:
        'Average memory per PHP-FPM process and the memory available. `pm.max_children` × average must fit in the memory you can give PHP, with room for the database and the system.',
      when: { runtime: ['systemd', 'other'] },
    },
    {
      kind: 'command',
      text: "sudo ss -xl | grep -F -- '{socket}'",
      expect:
        'For a unix socket: `Recv-Q` is the number of connections waiting for a free child; near `Send-Q` (the queue size) means new connections are about to be rejected.',
    },
    {
      kind: 'command',
      text: 'SCRIPT_NAME=/fpm-status SCRIPT_FILENAME=/fpm-status QUERY_STRING=full REQUEST_METHOD=GET cgi-fcgi -bind -connect {socket} | head -n 20',
      expect:
        'Only when the pool has `pm.status_path = /fpm-status`; `cgi-fcgi` is in `libfcgi-bin` (`fcgi` on RHEL). `listen queue`, `active processes` and `max children reached` (should stay 0). With `full`, each child’s `request duration` and `script` show which requests hold the children.',
    },
    {
      kind: 'command',
      text: "sudo grep -A 4 'script_filename' /var/log/php{phpVersion}-fpm.slow.log | tail -n 40",
      expect:
        'Only when the slow log is on (see the stuck-workers fix): the scripts and functions that ran longer than the threshold, the ones to speed up first.',
      when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
    },
  ],
  fix: [
    raisePmMaxChildrenOption,
    {
      id: 'kill-stuck-workers',
      title: 'End requests that run too long, and log the slow ones',
      why: '`request_terminate_timeout` kills a child whose request runs longer than the limit and starts a fresh one, so a stuck request cannot hold a child forever. The slow log records a PHP stack trace for every request slower than `request_slowlog_timeout`, which names the code that keeps children busy.',
      tradeoff:
        'The killed request fails for that visitor (nginx logs a closed connection). Keep the limit at or above `fastcgi_read_timeout` so it only catches requests nginx has given up on anyway.',
      steps: [
        ...poolSettings((setup) => [
          '; kill a request (and replace its child) after 60 s',
          'request_terminate_timeout = 60s',
          '; write a stack trace of every request slower than 5 s',
          'request_slowlog_timeout = 5s',
          `slowlog = ${SLOWLOG[setup]}`,
        ]),
        ...applyPool('reload'),
      ],
    },
    {
      id: 'speed-up-backend',
      title: 'Make the slow requests fast, so each child is free sooner',
      why: 'A pool of 30 children serves 30 requests per second when each takes one second, and 300 when each takes 100 ms. The slow log and the status page name the scripts that hold children; the cure is in the code or what it waits for: a missing database index, a slow external API called during the request (move it to a queue or give it a short time-out), work that belongs in a background job. An opcode cache that is off or too small makes every request compile PHP again.',
      tradeoff:
        'Needs work in the application; the payoff is fewer children, less memory and faster pages.',
      steps: [
        {
          kind: 'snippet',
          language: 'ini',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/conf.d/99-opcache.ini',
          text: [
            '; keep compiled scripts in memory (check with: php-fpm{phpVersion} -i | grep opcache.enable)',
            'opcache.enable = 1',
            'opcache.memory_consumption = 256',
            'opcache.max_accelerated_files = 20000',
          ].join('\n'),
          when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'dockerfile',
          context: 'file',
          file: 'Dockerfile',
          text: [
            '# The official images ship opcache but do not enable it.',
            'RUN docker-php-ext-install opcache',
          ].join('\n'),
          when: { runtime: ['docker', 'kubernetes'] },
        },
        {
          kind: 'command',
          text: "sudo grep -h -A 12 'script_filename' /var/log/php{phpVersion}-fpm.slow.log | grep -oE '[^ ]+\\(\\) /[^ ]+:[0-9]+' | sort | uniq -c | sort -rn | head",
          expect:
            'The functions and lines that appear most often in slow requests’ stack traces: start there (a database call, `curl_exec`, `file_get_contents` of a URL, `sleep`).',
          when: { distro: ['debian', 'other'], runtime: ['systemd', 'other'] },
        },
        ...applyPool('reload'),
      ],
    },
    {
      id: 'raise-socket-backlog',
      title: 'Let connections queue during bursts instead of being rejected',
      why: 'While every child is busy, new connections wait in the socket’s accept queue. PHP-FPM asks for 511 places by default on Linux (`listen.backlog`), and the kernel caps it at `net.core.somaxconn`. A longer queue lets a short burst wait for a free child instead of failing at once with a 502.',
      tradeoff:
        'Queued requests still time out after `fastcgi_read_timeout` if the pool stays full: this absorbs bursts, not sustained overload.',
      steps: [
        ...poolSettings(['listen.backlog = 4096']),
        {
          kind: 'command',
          text: "echo 'net.core.somaxconn = 4096' | sudo tee /etc/sysctl.d/60-somaxconn.conf\nsudo sysctl --system | grep somaxconn",
          expect:
            '`net.core.somaxconn = 4096`; restart PHP-FPM afterwards so its socket gets the longer queue.',
          when: { runtime: ['systemd', 'other'] },
        },
        {
          kind: 'snippet',
          language: 'yaml',
          context: 'file',
          file: 'compose.yaml',
          text: [
            '# somaxconn belongs to the container’s own network namespace.',
            'services:',
            '  {service}:',
            '    sysctls:',
            '      net.core.somaxconn: 4096',
          ].join('\n'),
          when: { runtime: ['docker'] },
        },
        ...applyPool('restart'),
      ],
    },
    {
      id: 'reduce-backend-memory',
      title: 'Make each child smaller, so more of them fit in memory',
      why: 'When memory is what limits the pool, smaller children allow more of them. Children that grow with every request (leaks, caches) are recycled with `pm.max_requests`; a lower `memory_limit` stops one heavy script from growing a child to hundreds of MB (give the one page that needs more its own pool or location); `pm = ondemand` frees idle children on quiet pools.',
      tradeoff:
        'A lower `memory_limit` makes scripts that really need more fail with `Allowed memory size … exhausted`; raise it only for them. Recycling costs a fork every few hundred requests.',
      steps: poolChange(
        [
          '; recycle a child after 500 requests so slow leaks cannot pile up',
          'pm.max_requests = 500',
          '; the most one script may use (the php.ini default is 128M)',
          'php_admin_value[memory_limit] = 128M',
        ],
        'reload',
      ),
    },
  ],
  prevent: [
    'Size `pm.max_children` from measured memory per child, and check again after big code or PHP changes.',
    'Turn on the status page (`pm.status_path`, reachable from localhost only) and alert when `max children reached` grows or the `listen queue` stays above zero.',
    'Keep the slow log on (`request_slowlog_timeout`) and fix what it reports; slow requests are the usual reason the pool fills.',
    'Cache expensive pages and rate-limit abusive clients in nginx (`limit_req`) so bots cannot occupy every child.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
