import type { ConfigCheckId } from '../core/config/check-ids.ts'

/** What each configuration mistake is, in plain words, for the page and the summary. */
export const CONFIG_CHECK_TITLES: Readonly<Record<ConfigCheckId, string>> = {
  'localhost-ipv6-first':
    '`localhost` is two servers to nginx, `::1` first: an app on 127.0.0.1 only refuses one',
  'loopback-in-container':
    'In a container, 127.0.0.1 is the nginx container itself: use the backend’s service name',
  'keepalive-without-http11':
    'Upstream keep-alive without `proxy_http_version 1.1` and `Connection ""`',
  'connection-header-forced': '`Connection` is set to a fixed value, sent on every request',
  'keepalive-timeout-over-backend-idle':
    'nginx keeps idle connections to the backend open longer than the backend does',
  'variable-pass-without-resolver':
    'A variable in the `*_pass` address, and no `resolver` to look the name up',
  'hostname-resolved-once':
    'The backend’s name is looked up once, at start: a recreated container moves away',
  'header-buffer-too-small': 'The header buffer is smaller than the backend’s response headers',
  'read-timeout-too-short': 'The read time-out is shorter than the requests that time out',
  'fastcgi-socket-mismatch': '`fastcgi_pass` names a socket PHP-FPM does not create',
  'socket-owner-mismatch': 'The socket’s owner and mode do not let nginx’s user in',
  'protocol-mismatch': 'The directive does not speak the backend’s protocol on that port',
  'ssl-upstream-without-sni': '`proxy_pass https://` to a name without `proxy_ssl_server_name on`',
  'max-fails-single-server':
    'One usable server beside `down`/`backup` ones: one error takes it out for `fail_timeout`',
  'server-marked-down': 'Every usable server of the group is marked `down` (or only backups)',
  'next-upstream-non-idempotent': 'Requests that change data are retried on another server',
  'worker-connections-over-nofile':
    '`worker_connections` is above the open files `worker_rlimit_nofile` allows',
  'proxy-loop': '`proxy_pass` points back at this nginx’s own port',
}
