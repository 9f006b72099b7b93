import type { CauseGuide } from '../../core/fix/types.ts'
import { CONNECT_CHECKS } from '../first-checks/connect.ts'
import { PREVENT_ALERT_5XX, PREVENT_HEALTH_CHECK, reloadNginx } from './common.ts'

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
    ...CONNECT_CHECKS['access-log-502'],
    {
      kind: 'command',
      text: "sudo nginx -T 2>/dev/null | grep -nE '^\\s*(error_log|access_log|log_format)'",
      expect:
        'Where this site logs errors and requests, and whether its `log_format` has `$upstream_addr` and `$upstream_status`. If not, add them (`ua="$upstream_addr" us="$upstream_status" urt="$upstream_response_time"`) so each 502 line says which backend was tried and what it answered.',
    },
    {
      kind: 'command',
      text: "sudo awk '$9 == 502 || $9 == 504 { print substr($4, 2, 17), $9 }' /var/log/nginx/access.log | uniq -c | tail -n 20",
      expect:
        'With the default (combined) format: the number of 502/504 responses per minute. A burst points at a crash or deploy; a steady trickle at timeouts or keep-alive problems.',
    },
    {
      kind: 'command',
      text: 'sudo tail -n 500 /var/log/nginx/error.log',
      expect:
        'Copy the output (or the part around the times of the 502s) into 502 Doctor: every 502/504 nginx produces itself has a line there with the reason.',
    },
  ],
  fix: [
    {
      id: 'align-front-timeouts',
      title:
        'Behind a load balancer: let nginx keep idle connections open longer than the balancer',
      why: 'A load balancer reuses idle connections to nginx. If nginx closes one first (its `keepalive_timeout`), the balancer can send a request into a connection that is closing and answer 502 itself, with nothing in nginx’s logs. AWS documents exactly this: the target’s keep-alive must be longer than the balancer’s idle timeout (60 s by default). For slow requests it is the other way round: the balancer’s request timeout must be longer than nginx’s `proxy_read_timeout`, so that nginx, not the balancer, gives up first and logs why.',
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
        {
          kind: 'command',
          text: 'aws elbv2 describe-load-balancer-attributes --load-balancer-arn "$ALB_ARN" --query "Attributes[?Key==\'idle_timeout.timeout_seconds\']"',
          expect:
            'The ALB’s idle timeout: nginx’s `keepalive_timeout` must be above it, and `proxy_read_timeout` below it.',
        },
        ...reloadNginx,
      ],
      when: { front: ['cloud-lb'] },
    },
    {
      id: 'bypass-cdn-origin',
      title: 'Make the CDN or load balancer reach the right origin, port and TLS mode',
      why: 'A Cloudflare-branded 502 or 52x page means Cloudflare could not get a good answer from nginx: the origin firewall blocks Cloudflare’s address ranges, the DNS record points at an old origin, or the SSL mode does not match what nginx serves (“Flexible” connects to port 80 over HTTP; “Full” and “Full (strict)” to port 443 over HTTPS, strict with a valid certificate). A cloud load balancer’s target group must use nginx’s port and protocol, and its health check a path nginx answers with 200.',
      tradeoff:
        'Only trust `CF-Connecting-IP` from Cloudflare’s published ranges, or anyone can fake their address. The ranges change from time to time: keep them updated.',
      steps: [
        {
          kind: 'command',
          text: 'curl -s https://www.cloudflare.com/ips-v4 | head -n 3\nsudo ss -tlnp | grep -E ":(80|443) "',
          expect:
            'Cloudflare’s current address ranges (allow them in the firewall), and nginx listening on the port the SSL mode uses (443 for Full, 80 for Flexible).',
          when: { front: ['cloudflare'] },
        },
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
          when: { front: ['cloudflare'] },
        },
        {
          kind: 'command',
          text: 'aws elbv2 describe-target-health --target-group-arn "$TG_ARN"',
          expect:
            'Every target `healthy`. `unhealthy` with `Target.ResponseCodeMismatch` or `Target.Timeout` means the health check path or port does not match nginx: fix the target group’s port, protocol and health-check path.',
          when: { front: ['cloud-lb'] },
        },
        ...reloadNginx,
      ],
      when: { front: ['cloudflare', 'cloud-lb'] },
    },
  ],
  prevent: [
    'A static “back soon” page (`error_page 502 503 504 /50x.html;`) softens an outage for visitors; the status stays 502 for monitoring.',
    'Use a log format with `$upstream_addr`, `$upstream_status`, `$upstream_response_time`, `$upstream_connect_time` and `$request_time` on every proxied site.',
    PREVENT_ALERT_5XX,
    'Keep error logs at least at `error` level and include `crit` lines in alerts (missing sockets and permission problems are logged at `crit`).',
    'Behind a load balancer, keep nginx’s `keepalive_timeout` above the balancer’s idle timeout; behind Cloudflare, allow its ranges at the origin firewall and restore client addresses with `real_ip_header`.',
    PREVENT_HEALTH_CHECK,
  ],
}
