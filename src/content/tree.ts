import type { Tree, TreeNode } from '../core/tree/types.ts'

/**
 * The 502/504 decision tree. It starts where the seeds' flowchart starts (what the error log
 * says) and holds their ordered checklist for someone with no log yet: is the backend
 * running, where is the error log, does the upstream answer directly, timeouts, buffers, DNS,
 * SELinux, limits. Answers marked with `causes` are given by a pasted log. Every path ends
 * at a cause, whose guide has the checks and the fix.
 */
const nodes: TreeNode[] = [
  {
    kind: 'question',
    id: 'start',
    text: 'What do you have in front of you?',
    short: 'Start',
    answers: [
      { value: 'log', label: 'nginx error-log lines', next: 'message', causes: 'any' },
      { value: 'no-log', label: 'Only the error page (no log yet)', next: 'find_log' },
      { value: 'gateway-timeout', label: 'A 504 Gateway Timeout', next: 'timeout_phase' },
      { value: 'unavailable', label: 'A 503 Service Unavailable', next: 'unavailable' },
    ],
  },
  {
    kind: 'info',
    id: 'find_log',
    text: 'Find the error log: it holds one line per failed request that names the cause. Reproduce the error, then read its last lines.',
    short: 'Find the error log',
    how: [
      {
        kind: 'command',
        text: "nginx -T 2>/dev/null | grep -n 'error_log'",
        expect: 'the path of the error log (default /var/log/nginx/error.log)',
      },
      {
        kind: 'command',
        text: 'tail -n 50 /var/log/nginx/error.log',
        expect: 'lines with [error] or [crit] from the last minutes',
      },
      {
        kind: 'command',
        text: 'journalctl -u nginx --since "15 min ago" --no-pager',
        expect: 'the same lines when nginx logs to the journal',
      },
      {
        kind: 'command',
        text: 'docker compose logs --tail 50 nginx',
        expect: 'the lines of an nginx container (its error log goes to stderr)',
      },
      {
        kind: 'command',
        text: 'kubectl logs -n ingress-nginx deploy/ingress-nginx-controller --tail 50',
        expect: 'the lines of an ingress-nginx controller',
      },
    ],
    next: 'backend_running',
  },
  {
    kind: 'question',
    id: 'backend_running',
    text: 'Is the backend running and listening where nginx sends requests?',
    short: 'Backend running?',
    how: [
      {
        kind: 'command',
        text: 'systemctl status {service} --no-pager',
        expect: 'active (running)',
      },
      {
        kind: 'command',
        text: "ss -tlnp | grep -- ':{port} '",
        expect: 'a LISTEN line with the backend process',
      },
    ],
    answers: [
      { value: 'not-running', label: 'No, it is stopped or keeps restarting', next: 'why_down' },
      { value: 'running', label: 'Yes, it is running', next: 'direct_request' },
      { value: 'unknown', label: 'I can paste the log now', next: 'message' },
    ],
  },
  {
    kind: 'question',
    id: 'why_down',
    text: 'What stopped it? Look at the kernel log and the service’s own log.',
    short: 'Why is it down?',
    how: [
      {
        kind: 'command',
        text: "dmesg -T | grep -i 'killed process'",
        expect: 'a line naming the backend means it ran out of memory',
      },
      {
        kind: 'command',
        text: 'journalctl -u {service} --since "1 hour ago" --no-pager | tail -n 40',
        expect: 'the last words of the backend before it stopped',
      },
    ],
    answers: [
      {
        value: 'oom',
        label: 'The kernel killed it (out of memory)',
        next: 'out_oom',
        causes: ['oom-kill'],
      },
      {
        value: 'crash',
        label: 'It crashed or exits on start',
        next: 'out_crash',
        causes: ['backend-crash'],
      },
      { value: 'stopped', label: 'Nothing: it is simply not started', next: 'out_refused' },
    ],
  },
  {
    kind: 'question',
    id: 'direct_request',
    text: 'From the nginx host, does a request straight to the upstream address answer?',
    short: 'Upstream answers directly?',
    how: [
      {
        kind: 'command',
        text: 'curl -sv -o /dev/null --max-time 10 http://{address}{path}',
        expect: 'an HTTP status line such as < HTTP/1.1 200 OK',
      },
    ],
    answers: [
      { value: 'refused', label: 'Connection refused', next: 'ipv6' },
      { value: 'hangs', label: 'It hangs, then times out', next: 'timeout_phase' },
      { value: 'slow', label: 'It answers, but slowly', next: 'out_read_timeout' },
      { value: 'ok', label: 'It answers fine', next: 'nginx_side' },
    ],
  },
  {
    kind: 'question',
    id: 'nginx_side',
    text: 'The backend answers, so something between nginx and it fails. Which check fails first?',
    short: 'Which check fails?',
    how: [
      {
        kind: 'command',
        text: "nginx -T 2>/dev/null | grep -nE 'proxy_pass|fastcgi_pass|resolver|proxy_buffer'",
        expect: 'the address nginx really uses, and any buffer or resolver settings',
      },
      {
        kind: 'command',
        text: 'getenforce 2>/dev/null',
        expect: 'Enforcing on RHEL-family hosts with SELinux on',
      },
    ],
    answers: [
      {
        value: 'address',
        label: 'proxy_pass points elsewhere (wrong port, socket or name)',
        next: 'message',
      },
      {
        value: 'headers',
        label: 'The response has very large headers (cookies, tokens)',
        next: 'out_header_too_big',
      },
      { value: 'dns', label: 'proxy_pass uses a name that must be resolved', next: 'dns' },
      { value: 'selinux', label: 'SELinux is enforcing', next: 'out_selinux' },
      { value: 'limits', label: 'Only under load', next: 'out_resources' },
    ],
  },
  {
    kind: 'question',
    id: 'message',
    text: 'What does the error log say for the failing requests?',
    short: 'What does the log say?',
    answers: [
      {
        value: 'refused',
        label: 'connect() failed (111: Connection refused)',
        next: 'ipv6',
        causes: ['upstream-refused', 'upstream-refused-ipv6'],
      },
      {
        value: 'no-socket',
        label: 'connect() to unix:… failed (2: No such file or directory)',
        next: 'out_socket_missing',
        causes: ['socket-missing'],
      },
      {
        value: 'denied',
        label: '(13: Permission denied) while connecting to upstream',
        next: 'selinux',
        causes: ['permission-denied', 'selinux-denied'],
      },
      {
        value: 'unreachable',
        label: 'No route to host / Network is unreachable',
        next: 'out_unreachable',
        causes: ['upstream-unreachable'],
      },
      {
        value: 'timed-out',
        label: 'upstream timed out (110: …)',
        next: 'timeout_phase',
        causes: ['upstream-connect-timeout', 'upstream-read-timeout'],
      },
      {
        value: 'closed',
        label: 'upstream prematurely closed connection',
        next: 'why_closed',
        causes: ['upstream-premature-close', 'oom-kill', 'backend-crash'],
      },
      {
        value: 'reset',
        label: 'recv() failed (104: Connection reset by peer)',
        next: 'out_reset',
        causes: ['upstream-reset'],
      },
      {
        value: 'broken-pipe',
        label: 'writev() failed (32: Broken pipe)',
        next: 'out_broken_pipe',
        causes: ['upstream-broken-pipe'],
      },
      {
        value: 'too-big',
        label: 'upstream sent too big header',
        next: 'out_header_too_big',
        causes: ['header-too-big'],
      },
      {
        value: 'invalid',
        label: 'upstream sent invalid header / protocol errors',
        next: 'out_invalid',
        causes: ['invalid-response'],
      },
      {
        value: 'no-live',
        label: 'no live upstreams',
        next: 'out_no_live',
        causes: ['no-live-upstreams'],
      },
      {
        value: 'dns',
        label: 'could not be resolved / no resolver defined',
        next: 'dns',
        causes: ['dns-no-resolver', 'dns-resolve-failed'],
      },
      {
        value: 'ssl',
        label: 'SSL_do_handshake() failed … to upstream',
        next: 'out_ssl',
        causes: ['upstream-ssl'],
      },
      {
        value: 'fastcgi',
        label: 'FastCGI sent in stderr',
        next: 'out_fastcgi',
        causes: ['fastcgi-stderr'],
      },
      {
        value: 'limits',
        label: 'worker_connections are not enough / Too many open files',
        next: 'out_resources',
        causes: ['resource-exhaustion'],
      },
      {
        value: 'php-busy',
        label: 'PHP-FPM: server reached pm.max_children',
        next: 'out_php_children',
        causes: ['php-fpm-max-children'],
      },
      {
        value: 'only-access',
        label: 'Only access-log lines with 502/504',
        next: 'find_log',
        causes: ['access-log-502'],
      },
      { value: 'nothing', label: 'Nothing at the time of the error', next: 'backend_running' },
    ],
  },
  {
    kind: 'question',
    id: 'ipv6',
    text: 'Does the upstream address read [::1], or proxy_pass say localhost?',
    short: 'IPv6 localhost?',
    answers: [
      {
        value: 'yes',
        label: 'Yes: [::1] or localhost',
        next: 'out_refused_ipv6',
        causes: ['upstream-refused-ipv6'],
      },
      {
        value: 'no',
        label: 'No: an IPv4 address, a name or a socket',
        next: 'out_refused',
        causes: ['upstream-refused'],
      },
    ],
  },
  {
    kind: 'question',
    id: 'selinux',
    text: 'Is SELinux enforcing on this host, and does the audit log show a denial for nginx?',
    short: 'SELinux?',
    how: [
      {
        kind: 'command',
        text: 'ausearch -m AVC -ts recent 2>/dev/null | grep -c nginx',
        expect: 'more than 0 means SELinux blocked nginx',
      },
    ],
    answers: [
      {
        value: 'yes',
        label: 'Yes, there are AVC denials',
        next: 'out_selinux',
        causes: ['selinux-denied'],
      },
      {
        value: 'no',
        label: 'No (or no SELinux)',
        next: 'out_permission',
        causes: ['permission-denied'],
      },
    ],
  },
  {
    kind: 'question',
    id: 'timeout_phase',
    text: 'Where did it time out: connecting, or waiting for the answer?',
    short: 'Connect or read?',
    answers: [
      {
        value: 'connecting',
        label: '… while connecting to upstream',
        next: 'out_connect_timeout',
        causes: ['upstream-connect-timeout'],
      },
      {
        value: 'reading',
        label: '… while reading response header / reading upstream',
        next: 'out_read_timeout',
        causes: ['upstream-read-timeout'],
      },
    ],
  },
  {
    kind: 'question',
    id: 'why_closed',
    text: 'Did the backend die at that moment?',
    short: 'Backend died?',
    how: [
      {
        kind: 'command',
        text: "dmesg -T | grep -i 'killed process'",
        expect: 'a line at the same time names the process the kernel killed',
      },
    ],
    answers: [
      {
        value: 'oom',
        label: 'The kernel killed it (out of memory)',
        next: 'out_oom',
        causes: ['oom-kill'],
      },
      {
        value: 'crash',
        label: 'Its own log shows a crash or restart',
        next: 'out_crash',
        causes: ['backend-crash'],
      },
      {
        value: 'no',
        label: 'No: it closed the connection by itself',
        next: 'out_premature_close',
        causes: ['upstream-premature-close'],
      },
    ],
  },
  {
    kind: 'question',
    id: 'dns',
    text: 'Is there a `resolver` directive in the nginx config?',
    short: 'resolver set?',
    how: [
      {
        kind: 'command',
        text: "nginx -T 2>/dev/null | grep -n 'resolver'",
        expect: 'a resolver line, or nothing',
      },
    ],
    answers: [
      {
        value: 'missing',
        label: 'No (or the log says “no resolver defined”)',
        next: 'out_no_resolver',
        causes: ['dns-no-resolver'],
      },
      {
        value: 'present',
        label: 'Yes, but the name does not resolve',
        next: 'out_resolve_failed',
        causes: ['dns-resolve-failed'],
      },
    ],
  },
  {
    kind: 'info',
    id: 'unavailable',
    text: 'A 503 comes from nginx itself (limit_req, a maintenance return, ingress-nginx with no ready endpoints) or from the backend passing its own 503 through. Look for the same request in the error log.',
    short: '503: where from?',
    how: [
      {
        kind: 'command',
        text: "grep -c ' 503 ' /var/log/nginx/access.log",
        expect: 'how many 503s were served',
      },
    ],
    next: 'message',
  },
  ...outcomes(),
]

function outcomes(): TreeNode[] {
  const list = [
    ['out_refused', 'upstream-refused', 'Nothing listens there'],
    ['out_refused_ipv6', 'upstream-refused-ipv6', 'IPv6 localhost, IPv4 app'],
    ['out_socket_missing', 'socket-missing', 'Socket file missing'],
    ['out_permission', 'permission-denied', 'Permission denied'],
    ['out_selinux', 'selinux-denied', 'SELinux blocks nginx'],
    ['out_unreachable', 'upstream-unreachable', 'Host unreachable'],
    ['out_connect_timeout', 'upstream-connect-timeout', 'Connect time-out'],
    ['out_read_timeout', 'upstream-read-timeout', 'Backend too slow'],
    ['out_premature_close', 'upstream-premature-close', 'Backend hung up'],
    ['out_reset', 'upstream-reset', 'Connection reset'],
    ['out_broken_pipe', 'upstream-broken-pipe', 'Broken pipe'],
    ['out_header_too_big', 'header-too-big', 'Headers too big'],
    ['out_invalid', 'invalid-response', 'Wrong protocol'],
    ['out_no_live', 'no-live-upstreams', 'All servers down'],
    ['out_no_resolver', 'dns-no-resolver', 'No resolver'],
    ['out_resolve_failed', 'dns-resolve-failed', 'Name does not resolve'],
    ['out_ssl', 'upstream-ssl', 'TLS to backend fails'],
    ['out_fastcgi', 'fastcgi-stderr', 'PHP error'],
    ['out_resources', 'resource-exhaustion', 'Limits exhausted'],
    ['out_php_children', 'php-fpm-max-children', 'PHP-FPM full'],
    ['out_oom', 'oom-kill', 'Killed: out of memory'],
    ['out_crash', 'backend-crash', 'Backend crashed'],
  ] as const
  return list.map(([id, cause, short]) => ({ kind: 'outcome', id, cause, short }))
}

/** The decision tree, keyed by node id. */
export const TREE: Tree = {
  root: 'start',
  nodes: Object.fromEntries(nodes.map((node) => [node.id, node])),
}
