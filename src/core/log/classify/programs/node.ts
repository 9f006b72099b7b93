import type { ProgramRule } from './rule.ts'

/** Node and its process managers (PM2, nodemon): a crashed or restarting app. */
export const NODE_RULES: readonly ProgramRule[] = [
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /FATAL ERROR: .{0,200}(?:JavaScript heap|process) out of memory/,
    alternative: 'oom-kill',
  },
  // PM2 replacing the old process of a reload: `App [api:_old_3]` exits as planned.
  {
    source: 'app',
    cause: null,
    pattern: /App \[[^\]:]{1,100}:_old_\d{1,5}\] exited with code/,
    lookalike: 'reload',
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern:
      /App \[([^\]]{1,100})\](?: with id \[\d{1,5}\] and pid \[\d{1,10}\],)? exited with code \[(\d{1,5})\]/,
    keys: ['app', 'exitCode'],
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern:
      /App name:(\S{1,100}) id:\d{1,5} exited with code \d{1,5}|^Script \S{1,300} \d{1,5} exit$/,
    keys: ['app'],
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /had too many unstable restarts|\[PM2\]\[WORKER\] Process \d{1,10} restarted/,
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /exceeded memory limit|exceeds --max-memory-restart/,
    alternative: 'oom-kill',
  },
  { source: 'app', cause: 'backend-crash', pattern: /\[nodemon\] app crashed/ },
  // Node 17 and later resolve localhost to ::1 first: a server listening on IPv4 only refuses.
  {
    source: 'app',
    cause: 'upstream-refused-ipv6',
    pattern: /\bconnect ECONNREFUSED (\[?::1\]?:\d{1,5})\b/,
    keys: ['address'],
  },
  {
    source: 'app',
    cause: 'backend-crash',
    pattern: /\b(?:listen|bind) EADDRINUSE\b|\bEADDRINUSE: address already in use/,
  },
]
