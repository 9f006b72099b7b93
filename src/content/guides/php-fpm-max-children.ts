import type { CauseGuide } from '../../core/fix/types.ts'
import { PREVENT_ALERT_5XX, PREVENT_LOG_UPSTREAM, reloadNginx } from './common.ts'

const POOL = '/etc/php/{phpVersion}/fpm/pool.d/www.conf'

export const guide: CauseGuide = {
  cause: 'php-fpm-max-children',
  explain: [
    'PHP-FPM runs PHP in a fixed pool of worker processes (“children”); each one handles one request at a time. `server reached pm.max_children setting` means every child was busy and PHP-FPM was not allowed to start more. New requests then wait in the socket’s queue until a child becomes free.',
    'What the visitor sees depends on how long the wait lasts. If a child frees up in time, the page is just slow. If the wait exceeds `fastcgi_read_timeout` (60 s by default), nginx answers 504. If the socket’s queue itself fills up, new connections are rejected and nginx answers 502 (`Resource temporarily unavailable` on a unix socket, or a refused/timed-out TCP connection).',
  ],
  usual: [
    'The default `pm.max_children = 5` of many distribution pools, which is far too low for a real site.',
    'Slow requests holding children: a slow database, an external API call, a lock. More traffic is not needed; the same traffic with slower requests fills the pool.',
    'A traffic spike, bots or crawlers hammering expensive pages.',
    'A limit that was set low on purpose because each child needs a lot of memory.',
  ],
  confirm: [
    {
      kind: 'command',
      text: "sudo grep -h 'max_children' /var/log/php{phpVersion}-fpm.log | tail -n 5",
      expect:
        '`WARNING: [pool www] server reached pm.max_children setting (5), consider raising it`: the pool was full at those times.',
      when: { distro: ['debian', 'other'] },
    },
    {
      kind: 'command',
      text: "sudo grep -h 'max_children' /var/log/php-fpm/error.log | tail -n 5",
      expect: 'The same warning on RHEL-family systems.',
      when: { distro: ['rhel'] },
    },
    {
      kind: 'command',
      text: `grep -nE '^(pm|pm\\.[a-z_]+|request_terminate_timeout|listen\\.backlog) *=' ${POOL}`,
      expect:
        'The current process settings of the pool (`pm.max_children`, `pm`, spare servers, `pm.max_requests`).',
    },
    {
      kind: 'command',
      text: 'ps -C php-fpm{phpVersion},php-fpm -o rss= | awk \'{ sum += $1; n++ } END { if (n) printf "%d processes, %.0f MB average, %.0f MB total\\n", n, sum / n / 1024, sum / 1024 }\'\nfree -m',
      expect:
        'Average memory per PHP-FPM process and the memory available. `max_children` × average must fit in the memory you can give PHP, with room for the database and the system.',
    },
    {
      kind: 'command',
      text: "sudo ss -xl | grep -F -- '{socket}'",
      expect:
        'For a unix socket: `Recv-Q` is the number of connections waiting for a free child; near `Send-Q` (the queue size) means new connections are about to be rejected.',
    },
  ],
  fix: [
    {
      title: 'Size the pool from memory, and let it grow on demand',
      why: 'More children serve more requests at once. The safe number comes from memory: the RAM you can give PHP divided by the average size of one child. With `pm = dynamic`, PHP-FPM keeps a few spare children ready and starts more up to the maximum.',
      tradeoff:
        'Too many children can exhaust memory and get processes killed by the OOM killer, which is worse than queueing. If children are busy because requests are slow, more children only push more load onto the slow database or API.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL,
          text: [
            '; Example for ~2 GB for PHP with ~60 MB per child: 2048 / 60 ≈ 30.',
            'pm = dynamic',
            'pm.max_children = 30',
            '; must satisfy: min_spare_servers <= start_servers <= max_spare_servers',
            'pm.start_servers = 6',
            'pm.min_spare_servers = 4',
            'pm.max_spare_servers = 10',
            '; recycle a child after 500 requests so slow memory leaks cannot pile up',
            'pm.max_requests = 500',
          ].join('\n'),
        },
        {
          kind: 'command',
          text: 'sudo php-fpm{phpVersion} -t && sudo systemctl reload php{phpVersion}-fpm',
          expect: '`test is successful`; the reload applies the new pool size.',
          when: { distro: ['debian', 'other'] },
        },
        {
          kind: 'command',
          text: 'sudo php-fpm -t && sudo systemctl reload php-fpm',
          expect: '`test is successful`.',
          when: { distro: ['rhel'] },
        },
      ],
    },
    {
      title: 'Stop stuck requests from holding children forever, and find the slow ones',
      why: '`request_terminate_timeout` ends a request that runs too long, freeing its child; the slow log records a PHP stack trace for requests slower than a threshold, which shows what keeps children busy.',
      tradeoff:
        'A killed request returns an error to that visitor (the connection is cut). Keep the limit at or above `fastcgi_read_timeout` so it only catches truly stuck requests.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL,
          text: [
            'request_terminate_timeout = 60s',
            'request_slowlog_timeout = 5s',
            'slowlog = /var/log/php{phpVersion}-fpm.slow.log',
          ].join('\n'),
        },
        {
          kind: 'command',
          text: "sudo grep -A 3 'script_filename' /var/log/php{phpVersion}-fpm.slow.log | tail -n 40",
          expect: 'The scripts and functions that run longer than 5 s: the ones to optimise first.',
        },
      ],
    },
    {
      title: 'Watch the pool with the status page',
      why: 'PHP-FPM’s status page shows active and idle children, the queue and how often `max_children` was reached, so you can size the pool from facts.',
      tradeoff: 'Keep the page reachable from localhost only; it reveals load information.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL,
          text: 'pm.status_path = /fpm-status',
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'server',
          file: '{configPath}',
          text: [
            'location = /fpm-status {',
            '    allow 127.0.0.1;',
            '    deny all;',
            '    include fastcgi_params;',
            '    fastcgi_param SCRIPT_FILENAME $fastcgi_script_name;',
            '    fastcgi_pass unix:{socket};',
            '}',
          ].join('\n'),
        },
        ...reloadNginx,
        {
          kind: 'command',
          text: 'curl -s http://127.0.0.1/fpm-status',
          expect:
            '`listen queue`, `active processes`, `max children reached` (a count that should stay 0).',
        },
      ],
    },
    {
      title: 'Let connections queue instead of being rejected during bursts',
      why: 'A longer socket queue (`listen.backlog`) lets short bursts wait for a free child instead of failing at once with a 502.',
      tradeoff:
        'Queued requests still time out after `fastcgi_read_timeout` if the pool stays full; this absorbs bursts, not sustained overload. The kernel caps the queue at `net.core.somaxconn`.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: POOL,
          text: 'listen.backlog = 1024',
        },
        {
          kind: 'command',
          text: 'sysctl net.core.somaxconn',
          expect:
            'At least as large as `listen.backlog`; raise it with `sudo sysctl -w net.core.somaxconn=1024` (and in `/etc/sysctl.d/`) if not.',
        },
      ],
    },
  ],
  prevent: [
    'Size `pm.max_children` from measured memory per child, and re-check after big code or PHP changes.',
    'Enable the PHP-FPM status page and alert when `max children reached` grows or the `listen queue` stays above zero.',
    'Keep the slow log on (`request_slowlog_timeout`) and fix what it reports; slow requests are the usual reason the pool fills.',
    'Recycle children with `pm.max_requests` to contain memory leaks.',
    'Cache expensive pages and rate-limit abusive clients in nginx (`limit_req`) so bots cannot occupy every child.',
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
