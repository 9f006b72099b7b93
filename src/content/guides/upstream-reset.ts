import type { CauseGuide } from '../../core/fix/types.ts'
import {
  checkNginxTimeouts,
  checkOomKills,
  checkServiceLogs,
  keepaliveAlignmentOption,
  nextUpstreamOption,
  PREVENT_ALERT_5XX,
  PREVENT_LOG_UPSTREAM,
  PREVENT_RESTART,
  reloadNginx,
  restartPolicyOption,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'upstream-reset',
  explain: [
    'A connection reset is an abrupt hang-up: instead of closing the connection politely, the other side (or a device in between) sent a TCP reset, which throws away anything not yet delivered. nginx logs it as `recv()`, `readv()` or `writev()` `failed (104: Connection reset by peer)`. A process that is killed while it holds a connection, or that closes a connection with unread data still in it, produces exactly this.',
    'If no response header had arrived yet, the client gets 502 Bad Gateway. GET requests on a reused keep-alive connection are retried once without telling anyone; a POST that was already sent is not retried and becomes a 502. If the reset comes while the body is being relayed (`while reading upstream`), the client keeps the status it already got (usually 200) and a truncated download.',
  ],
  usual: [
    'The backend process or worker was killed mid-request: PHP-FPM’s `request_terminate_timeout`, gunicorn’s worker timeout, the out-of-memory killer, a deploy.',
    'A keep-alive race: the backend closed an idle connection that nginx had just picked for a new request (the backend’s idle timeout is shorter than nginx’s reuse time).',
    'A firewall, NAT gateway or load balancer between nginx and the backend drops idle connections from its table and answers later packets with a reset.',
    'nginx speaks plain HTTP to a port that expects TLS (or the other protocol), and the backend resets the unintelligible connection.',
    'The backend’s listen queue overflowed with `tcp_abort_on_overflow` enabled, so the kernel resets new connections instead of dropping them.',
  ],
  confirm: [
    ...checkServiceLogs,
    checkOomKills,
    checkNginxTimeouts,
    {
      kind: 'command',
      text: "sudo grep 'Connection reset by peer' /var/log/nginx/error.log | grep -oE 'while [a-z ]+' | sort | uniq -c",
      expect:
        '`while reading response header from upstream` gave the client a 502; `while reading upstream` cut a response that had started (status unchanged); `while sending request to upstream` happened during the upload.',
    },
    {
      kind: 'command',
      text: 'sudo tail -n 50 /var/log/php{phpVersion}-fpm.log | grep -iE "terminated|timed out|SIGKILL|SIGSEGV"',
      expect:
        '`execution timed out … terminating` or `exited on signal 9/11` at the time of the resets means PHP-FPM killed or lost the worker that held the connection.',
      when: { backend: ['php-fpm'] },
    },
    {
      kind: 'command',
      text: 'sysctl net.ipv4.tcp_abort_on_overflow\nnstat -az TcpExtListenOverflows',
      expect:
        'Run on the backend host. `= 1` together with a growing `ListenOverflows` means new connections are reset because the app is not accepting fast enough.',
    },
    {
      kind: 'command',
      text: "curl -sv -o /dev/null http://{address}{path} 2>&1 | tail -n 3\ncurl -skv -o /dev/null https://{address}{path} 2>&1 | grep -E 'SSL connection|HTTP/'",
      expect:
        '`Connection reset by peer` on plain HTTP while https:// answers means the port expects TLS: use `proxy_pass https://…`.',
    },
  ],
  fix: [
    keepaliveAlignmentOption,
    {
      title: 'Stop the backend from killing requests nginx is still waiting for',
      why: 'When a worker is killed for running too long, its connections are reset. Make the kill timeout match how long nginx waits, and look at why those requests take so long.',
      tradeoff:
        'A longer kill timeout lets truly stuck requests hold a worker longer; it is a stopgap until the slow code is fixed.',
      steps: [
        {
          kind: 'snippet',
          language: 'php-fpm',
          context: 'file',
          file: '/etc/php/{phpVersion}/fpm/pool.d/www.conf',
          text: [
            '; Kill a request only after 60 s, the same as fastcgi_read_timeout in nginx,',
            '; and log a stack trace for anything slower than 10 s to find the culprit.',
            'request_terminate_timeout = 60s',
            'request_slowlog_timeout = 10s',
            'slowlog = /var/log/php{phpVersion}-fpm.slow.log',
          ].join('\n'),
          when: { backend: ['php-fpm'] },
        },
        {
          kind: 'command',
          text: 'sudo php-fpm{phpVersion} -t && sudo systemctl reload php{phpVersion}-fpm',
          expect: '`configuration file … test is successful`.',
          when: { backend: ['php-fpm'], distro: ['debian', 'other'] },
        },
        {
          kind: 'command',
          text: 'sudo php-fpm -t && sudo systemctl reload php-fpm',
          expect: '`configuration file … test is successful`.',
          when: { backend: ['php-fpm'], distro: ['rhel'] },
        },
        {
          kind: 'command',
          text: 'gunicorn --timeout 60 --bind 127.0.0.1:{port} app:app',
          expect: 'No more `WORKER TIMEOUT` followed by resets for requests under 60 s.',
          when: { backend: ['python'] },
        },
      ],
      when: { backend: ['php-fpm', 'python'] },
    },
    {
      title: 'Speak the protocol the backend port expects',
      why: 'A backend port that expects TLS resets a plain-text request (and the other way round). Matching the scheme in `proxy_pass` to the port ends the resets at once.',
      tradeoff:
        'With `https://` nginx does a TLS handshake per new connection; use `keepalive` in the upstream to reuse them.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'location',
          file: '{configPath}',
          text: [
            '# The backend port speaks TLS: say https, and send the name it expects.',
            'proxy_pass https://{address};',
            'proxy_ssl_server_name on;',
            'proxy_ssl_name {host};',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    restartPolicyOption,
    nextUpstreamOption,
  ],
  prevent: [
    'Keep the backend’s idle keep-alive timeout longer than nginx’s `keepalive_timeout` in the `upstream` block, and both shorter than any firewall or NAT idle timeout in between.',
    'Align kill timeouts (PHP-FPM `request_terminate_timeout`, gunicorn `--timeout`, uWSGI `harakiri`) with nginx’s read timeout, and log slow requests so they are fixed before they are killed.',
    PREVENT_RESTART,
    PREVENT_LOG_UPSTREAM,
    PREVENT_ALERT_5XX,
  ],
}
