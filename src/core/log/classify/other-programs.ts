import type { CauseId } from '../../causes.ts'
import type { LineFacts, LineSource } from '../types.ts'

/** A rule for a line written by something other than nginx that explains a 502. */
interface OtherRule {
  source: LineSource
  cause: CauseId | null
  pattern: RegExp
  /** Names for the pattern's capture groups, stored in `facts.extra`. */
  keys?: readonly string[]
  alternative?: CauseId
  lookalike?: string
}

/** Order matters: the first rule that matches wins. */
const RULES: readonly OtherRule[] = [
  // PHP-FPM's pool log.
  {
    source: 'php-fpm',
    cause: 'php-fpm-max-children',
    pattern: /\[pool ([^\]]{1,100})\] server reached (?:pm\.)?max_children setting \((\d{1,9})\)/,
    keys: ['pool', 'maxChildren'],
  },
  {
    source: 'php-fpm',
    cause: 'php-fpm-max-children',
    pattern: /\[pool ([^\]]{1,100})\] seems busy \(you may need to increase/,
    keys: ['pool'],
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern:
      /\[pool ([^\]]{1,100})\] child (\d{1,10}) exited on signal (\d{1,3}) \((SIG[A-Z]{2,8})/,
    keys: ['pool', 'pid', 'signal', 'signalName'],
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern:
      /\[pool ([^\]]{1,100})\] child (\d{1,10}), script '([^']{0,500})' \(request: "[^"]{0,500}"\) execution timed out/,
    keys: ['pool', 'pid', 'script'],
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern:
      /(?:unable to bind listening socket for address '([^']{1,300})'|FPM initialization failed)/,
    keys: ['listen'],
  },
  // The kernel's OOM killer (dmesg, journalctl -k).
  {
    source: 'kernel',
    cause: 'oom-kill',
    pattern:
      /(?:Out of memory|Memory cgroup out of memory): Kill(?:ed)? process (\d{1,10}) \(([^)]{1,100})\)/,
    keys: ['pid', 'process'],
  },
  {
    source: 'kernel',
    cause: 'oom-kill',
    pattern: /oom-kill:.{0,400}?task=([^,\s]{1,100}),pid=(\d{1,10})/,
    keys: ['process', 'pid'],
  },
  {
    source: 'kernel',
    cause: 'oom-kill',
    pattern: /\b(\S{1,100}) invoked oom-killer:/,
    keys: ['process'],
  },
  // SELinux: nginx runs as httpd_t; name_connect is TCP, connectto/write are unix sockets.
  {
    source: 'audit',
    cause: 'selinux-denied',
    pattern:
      /avc: {1,2}denied {1,2}\{ (name_connect|connectto|write|read write) \} for .{0,600}?(?:comm="nginx"|scontext=\S{0,100}:httpd_t:).{0,400}?tclass=(tcp_socket|unix_stream_socket|sock_file)/,
    keys: ['permission', 'class'],
  },
  // systemd managing the backend.
  {
    source: 'systemd',
    cause: 'oom-kill',
    pattern:
      /(\S{1,200})\.service: (?:A process of this unit has been killed by the OOM killer|Failed with result 'oom-kill')/,
    keys: ['service'],
  },
  { source: 'systemd', cause: null, pattern: /\bnginx\.service: /, lookalike: 'nginx-itself' },
  {
    source: 'systemd',
    cause: 'backend-crash',
    pattern:
      /(\S{1,200})\.service: Main process exited, code=(exited|killed|dumped), status=(\S{1,40})/,
    keys: ['service', 'code', 'exitStatus'],
  },
  {
    source: 'systemd',
    cause: 'backend-crash',
    pattern:
      /(\S{1,200})\.service: (?:Failed with result '([a-z-]{1,40})'|Scheduled restart job|Start request repeated too quickly)/,
    keys: ['service', 'result'],
  },
  // Application servers and process managers.
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /\[CRITICAL\] WORKER TIMEOUT \(pid:(\d{1,10})\)/,
    keys: ['pid'],
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /Worker \(pid:(\d{1,10})\) was sent (SIG[A-Z]{2,8})/,
    keys: ['pid', 'signalName'],
    alternative: 'oom-kill',
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /\[ERROR\] Connection in use: |EADDRINUSE|Address already in use/,
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern:
      /HARAKIRI (?:ON WORKER|\[core)|\*\*\* HARAKIRI \*\*\*|DAMN ! worker \d{1,5} \(pid: \d{1,10}\) died/,
  },
  {
    source: 'app',
    cause: 'resource-exhaustion',
    pattern: /uWSGI listen queue of socket "([^"]{1,300})" \(fd: \d{1,6}\) full/,
    keys: ['listen'],
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /FATAL ERROR: .{0,200}JavaScript heap out of memory/,
    alternative: 'oom-kill',
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /App \[([^\]]{1,100})\] exited with code \[(\d{1,5})\]/,
    keys: ['app', 'exitCode'],
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern:
      /had too many unstable restarts|exceeded memory limit|\[PM2\]\[WORKER\] Process \d{1,10} restarted/,
  },
]

/** The verdict for a non-nginx line, or null when no rule knows it. */
export interface OtherVerdict {
  cause: CauseId | null
  facts: LineFacts
}

/**
 * Recognises lines from PHP-FPM, the kernel, the audit log, systemd, gunicorn, uwsgi, Node and
 * PM2 that explain why nginx saw a dead or overloaded backend.
 */
export function classifyOtherLine(text: string): OtherVerdict | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(text)
    if (match === null) continue
    const facts: LineFacts = { source: rule.source, message: text.slice(match.index).slice(0, 500) }
    const extra: Record<string, string> = {}
    rule.keys?.forEach((key, index) => {
      const value = match[index + 1]
      if (value !== undefined) extra[key] = value
    })
    if (Object.keys(extra).length > 0) facts.extra = extra
    if (rule.alternative !== undefined) facts.alternative = rule.alternative
    if (rule.lookalike !== undefined) facts.lookalike = rule.lookalike
    return { cause: rule.cause, facts }
  }
  return null
}
