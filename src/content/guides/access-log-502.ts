import type { CauseGuide } from '../../core/fix/types.ts'
import {
  friendlyErrorPageOption,
  PREVENT_ALERT_5XX,
  PREVENT_HEALTH_CHECK,
  reloadNginx,
  upstreamLoggingOption,
} from './common.ts'

export const guide: CauseGuide = {
  cause: 'access-log-502',
  explain: [
    'The access log records one line per request with the status the client received. A 502 or 504 there is the symptom; the cause is in nginx’s error log at the same second, or in the backend’s own log. With the upstream variables in the log format, the line itself already says a lot: `$upstream_addr` is which backend was tried, `$upstream_status` what each attempt got, and `$upstream_response_time` how long it took.',
    'How to read `$upstream_status`: `502` or `504` with a matching error-log line means nginx produced the error (it could not connect, or timed out). `502` with no error-log line at all means the backend itself answered 502, which nginx passed on unchanged (the backend is another proxy, or an app that returns 502). `-` means no backend answered or none was tried (a DNS failure, nginx’s own limits). Several values separated by commas, such as `502, 200`, are retries on other servers; values separated by ` : ` come from an internal redirect such as `error_page`.',
    'If something sits in front of nginx, the 502 may not come from nginx at all. Cloudflare shows its own branded error page with a Ray ID when it cannot reach nginx, and that request never appears in nginx’s access log. A cloud load balancer answers 502 itself when nginx closes an idle connection the load balancer was about to reuse, again with nothing in nginx’s logs.',
  ],
  usual: [
    'The backend was down, crashing or restarting: look for `connect() failed` or `prematurely closed` in the error log at the same time.',
    'The backend was too slow: 504s with `$upstream_response_time` equal to the read timeout (60 s by default).',
    'The backend itself returned 502/504 (another proxy or gateway behind nginx), with no line in nginx’s error log.',
    'A front proxy (Cloudflare, a cloud load balancer) produced the error: the request is missing from nginx’s access log, or its idle timeout is longer than nginx’s client `keepalive_timeout`.',
    'The error log is somewhere else or filtered: a site-specific `error_log` file, or a level above `error` that hides the lines.',
  ],
  confirm: [
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE '^\\s*(error_log|access_log|log_format)'",
      expect:
        'Where this site logs errors and requests, and whether the log format includes `$upstream_status`.',
    },
    {
      kind: 'command',
      text: "sudo awk '$9 == 502 || $9 == 504 { print substr($4, 2, 17), $9 }' /var/log/nginx/access.log | uniq -c | tail -n 20",
      expect:
        'With the default (combined) format: the number of 502/504 responses per minute. A burst points at a crash or deploy; a steady trickle at timeouts or keep-alive problems.',
    },
    {
      kind: 'command',
      text: "sudo grep -E 'upstream|connect\\(\\) to|no live|could not be resolved' /var/log/nginx/error.log | tail -n 20",
      expect:
        'The nginx error lines around the same times: paste them into 502 Doctor for the cause. Nothing at the times of the 502s means the backend (or a proxy in front) produced them.',
    },
    {
      kind: 'command',
      text: "curl -s -o /dev/null -w 'origin: %{http_code}\\n' --resolve {server}:443:127.0.0.1 https://{server}{path}\ncurl -s -D - -o /dev/null https://{server}{path} | grep -iE '^(HTTP|server|cf-ray)'",
      expect:
        'The first request goes straight to nginx on this machine, skipping Cloudflare. If it works while the second (through Cloudflare, `server: cloudflare` and a `cf-ray` header) gets 502, the problem is between Cloudflare and nginx: a firewall blocking Cloudflare’s addresses, or nginx not answering on the port Cloudflare uses.',
      when: { front: ['cloudflare'] },
    },
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE '^\\s*keepalive_timeout'",
      expect:
        'nginx’s idle timeout for client connections (75 s if not set). Behind a load balancer it must be longer than the load balancer’s idle timeout (60 s on AWS ALB by default), or the balancer reuses connections nginx has just closed and answers 502 itself.',
      when: { front: ['cloud-lb'] },
    },
  ],
  fix: [
    upstreamLoggingOption,
    {
      title: 'Paste the matching error-log lines to get the cause',
      why: 'Every 502/504 that nginx itself produces has an error-log line with the reason (refused, timed out, reset, DNS…). 502 Doctor reads them and gives the specific fix.',
      tradeoff: 'None.',
      steps: [
        {
          kind: 'command',
          text: 'sudo tail -n 500 /var/log/nginx/error.log',
          expect: 'Copy the output (or the part around the time of the 502s) into 502 Doctor.',
        },
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/nginx.conf',
          text: [
            '# Include warnings for a while: shows when nginx takes a backend out of rotation',
            '# ("upstream server temporarily disabled"). Back to "error" afterwards.',
            'error_log /var/log/nginx/error.log warn;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
    },
    {
      title: 'Behind a load balancer: keep client connections open longer than the balancer does',
      why: 'A load balancer reuses idle connections to nginx. If nginx closes one first (its `keepalive_timeout`), the balancer can send a request into a connection that is closing and answer 502 itself. nginx must keep idle client connections open longer than the balancer’s idle timeout.',
      tradeoff: 'Slightly more idle connections held by nginx, which is cheap.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/nginx.conf',
          text: [
            '# Longer than the load balancer’s idle timeout (AWS ALB: 60 s by default;',
            '# Google Cloud’s HTTP(S) load balancer keeps connections up to 600 s, so use 620s there).',
            'keepalive_timeout 75s;',
          ].join('\n'),
        },
        ...reloadNginx,
      ],
      when: { front: ['cloud-lb'] },
    },
    {
      title: 'Behind Cloudflare: let Cloudflare reach nginx, and log real client addresses',
      why: 'A Cloudflare-branded 502 or 52x page means Cloudflare could not get a good answer from nginx: the origin firewall blocks Cloudflare’s address ranges, nginx is down, or the TLS mode does not match. Allow Cloudflare’s ranges on the port it uses, and restore the visitor’s address in nginx’s logs with the real-IP module.',
      tradeoff:
        'Only trust `CF-Connecting-IP` from Cloudflare’s published ranges, or anyone can fake their address. The ranges change from time to time: keep them updated.',
      steps: [
        {
          kind: 'snippet',
          language: 'nginx',
          context: 'http',
          file: '/etc/nginx/conf.d/cloudflare-realip.conf',
          text: [
            '# Use the visitor address Cloudflare sends, but only from Cloudflare’s ranges',
            '# (full, current list: https://www.cloudflare.com/ips/).',
            'set_real_ip_from 173.245.48.0/20;',
            'set_real_ip_from 103.21.244.0/22;',
            'set_real_ip_from 2400:cb00::/32;',
            'real_ip_header CF-Connecting-IP;',
          ].join('\n'),
        },
        {
          kind: 'command',
          text: 'curl -s https://www.cloudflare.com/ips-v4 | head -n 3\nsudo ss -tlnp | grep -E ":(80|443) "',
          expect:
            'Cloudflare’s current address ranges (allow them in the firewall), and nginx listening on the port Cloudflare connects to.',
        },
        ...reloadNginx,
      ],
      when: { front: ['cloudflare'] },
    },
    friendlyErrorPageOption,
  ],
  prevent: [
    'Use a log format with `$upstream_addr`, `$upstream_status`, `$upstream_response_time`, `$upstream_connect_time` and `$request_time` on every proxied site.',
    PREVENT_ALERT_5XX,
    'Keep error logs at least at `error` level and include `crit` lines in alerts (missing sockets and permission problems are logged at `crit`).',
    'Behind a load balancer, keep nginx’s `keepalive_timeout` above the balancer’s idle timeout; behind Cloudflare, allow its ranges at the origin firewall and restore client addresses with `real_ip_header`.',
    PREVENT_HEALTH_CHECK,
  ],
}
