import type { CauseId } from '../core/causes.ts'

/** What a person needs to see first about a cause: a name, one plain sentence and one check. */
export interface CauseSummary {
  /** Short title in plain words. */
  title: string
  /** What nginx saw, in one sentence, before any jargon. */
  plain: string
  /** The colour family used for this cause everywhere (badges, highlights). */
  tone: 'down' | 'slow' | 'config' | 'protocol' | 'resource' | 'host' | 'symptom'
}

/** The summary of every cause id of the contract. */
export const CAUSE_SUMMARIES: Readonly<Record<CauseId, CauseSummary>> = {
  'upstream-refused': {
    title: 'Nothing is listening at the upstream address',
    plain:
      'nginx knocked on the backend’s port and the machine said nobody is there: the app is down, restarting, or listening on another port or interface.',
    tone: 'down',
  },
  'upstream-refused-ipv6': {
    title: 'nginx tried IPv6 (::1) but the app listens on IPv4 only',
    plain:
      '`localhost` resolved to ::1, and the backend only listens on 127.0.0.1, so every IPv6 attempt is refused.',
    tone: 'config',
  },
  'upstream-unreachable': {
    title: 'The network cannot reach the upstream host',
    plain:
      'The route to the backend is missing or a firewall rejects it: the host is down, its IP changed, or a rule blocks the port.',
    tone: 'host',
  },
  'upstream-connect-timeout': {
    title: 'Connecting to the backend took too long',
    plain:
      'nginx sent a connection request and got no answer in time: the host drops packets, a firewall silently discards them, or the backend’s accept queue is full.',
    tone: 'slow',
  },
  'upstream-read-timeout': {
    title: 'The backend accepted the request but answered too slowly',
    plain:
      'The connection worked, but no response arrived within proxy_read_timeout (60 s by default): a slow query, a stuck worker or a long job in a web request.',
    tone: 'slow',
  },
  'upstream-premature-close': {
    title: 'The backend hung up before answering',
    plain:
      'The backend closed the connection without a complete response: it crashed, was killed (often out of memory), or closed an idle keep-alive connection nginx was reusing.',
    tone: 'down',
  },
  'upstream-reset': {
    title: 'The backend reset the connection',
    plain:
      'The backend (or something in between) aborted the connection mid-request: a killed worker, a request timeout inside the app, or a stale keep-alive connection.',
    tone: 'down',
  },
  'upstream-broken-pipe': {
    title: 'The backend closed while nginx was still sending the request',
    plain:
      'nginx was writing the request (often a large upload) when the backend went away: an upload limit in the app, a crash, or a stale keep-alive connection.',
    tone: 'down',
  },
  'header-too-big': {
    title: 'The backend’s response headers do not fit nginx’s buffer',
    plain:
      'The headers (big cookies, long CSP or JWT headers) are larger than proxy_buffer_size (4 or 8 KB by default), so nginx rejects the response.',
    tone: 'config',
  },
  'invalid-response': {
    title: 'The backend answered in a protocol nginx did not expect',
    plain:
      'The reply is not valid for the way nginx talks to this backend: HTTP sent to a FastCGI or uwsgi port, or a malformed header from the app.',
    tone: 'protocol',
  },
  'no-live-upstreams': {
    title: 'Every server of the upstream group is marked down',
    plain:
      'All servers of the group failed recently (max_fails within fail_timeout), so nginx stopped trying them: the real cause is in the errors just before.',
    tone: 'down',
  },
  'socket-missing': {
    title: 'The backend’s socket file does not exist',
    plain:
      'nginx looked for the unix socket and found no file: the service is stopped, or the path is wrong (for example a different PHP version).',
    tone: 'config',
  },
  'permission-denied': {
    title: 'nginx is not allowed to connect to the backend',
    plain:
      'The operating system refused nginx: socket file permissions do not let the nginx user in, or SELinux blocks nginx from making network connections.',
    tone: 'config',
  },
  'dns-no-resolver': {
    title: 'nginx needs a DNS resolver it was not given',
    plain:
      'proxy_pass uses a variable (or a name), so nginx resolves it at request time, and no `resolver` directive tells it which DNS server to ask.',
    tone: 'config',
  },
  'dns-resolve-failed': {
    title: 'The upstream’s name could not be resolved',
    plain:
      'The DNS server nginx asks did not return an address for the backend’s name: a typo, a removed service, or an unreachable resolver.',
    tone: 'host',
  },
  'upstream-ssl': {
    title: 'TLS between nginx and the backend failed',
    plain:
      'The encrypted connection to the backend could not be set up: https:// to a plain HTTP port, an untrusted or expired certificate, or a missing SNI name.',
    tone: 'protocol',
  },
  'fastcgi-stderr': {
    title: 'PHP (FastCGI) reported an error',
    plain:
      'The application wrote an error to its stderr: a PHP fatal error, or “Primary script unknown” when SCRIPT_FILENAME points at a file that does not exist.',
    tone: 'protocol',
  },
  'resource-exhaustion': {
    title: 'A system limit ran out',
    plain:
      'nginx ran out of connections, file descriptors or local ports, or the backend’s listen queue was full.',
    tone: 'resource',
  },
  'php-fpm-max-children': {
    title: 'PHP-FPM ran out of workers',
    plain:
      'Every PHP-FPM child was busy (pm.max_children reached), so new requests queued until nginx gave up.',
    tone: 'resource',
  },
  'oom-kill': {
    title: 'The kernel killed a process to free memory',
    plain:
      'The machine ran out of memory and the kernel’s OOM killer ended a process, often the backend itself.',
    tone: 'resource',
  },
  'selinux-denied': {
    title: 'SELinux blocked nginx',
    plain: 'SELinux denied nginx (httpd_t) a network or socket connection to the backend.',
    tone: 'config',
  },
  'backend-crash': {
    title: 'The backend crashed or is restarting',
    plain:
      'The backend’s own log or its process manager says it exited, was killed, or keeps restarting.',
    tone: 'down',
  },
  'access-log-502': {
    title: 'Clients got 502/504 responses',
    plain:
      'The access log shows gateway errors sent to clients: the symptom. Paste the error log from the same time to see the cause.',
    tone: 'symptom',
  },
}
