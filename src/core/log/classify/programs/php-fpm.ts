import type { ProgramRule } from './rule.ts'

const POOL = String.raw`(?:\[pool ([^\]]{1,100})\] )?`

/**
 * PHP-FPM's own log: a full pool, children that died (by signal 11, a crash; by 9, memory or
 * a kill), requests it timed out, and a master that could not start. "seems busy" is a load
 * warning while the pool grows, and children that exit with 0 are being recycled.
 */
export const PHP_FPM_RULES: readonly ProgramRule[] = [
  {
    source: 'php-fpm',
    cause: 'php-fpm-max-children',
    pattern: new RegExp(`${POOL}server reached (?:pm\\.)?max_children setting \\((\\d{1,9})\\)`),
    keys: ['pool', 'maxChildren'],
  },
  {
    source: 'php-fpm',
    cause: null,
    pattern: new RegExp(`${POOL}seems busy \\(you may need to increase`),
    keys: ['pool'],
    lookalike: 'load-warning',
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern: new RegExp(`${POOL}child (\\d{1,10}) exited on signal (\\d{1,3}) \\((SIG[A-Z]{2,8})`),
    keys: ['pool', 'pid', 'signal', 'signalName'],
  },
  {
    source: 'php-fpm',
    cause: null,
    pattern: new RegExp(`${POOL}child (\\d{1,10}) exited with code 0\\b`),
    keys: ['pool', 'pid'],
    lookalike: 'recycled',
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern: new RegExp(`${POOL}child (\\d{1,10}) exited with code ([1-9]\\d{0,3})`),
    keys: ['pool', 'pid', 'exitCode'],
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern: new RegExp(
      `${POOL}child (\\d{1,10}), script '([^']{0,500})' \\(request: "[^"]{0,500}"\\) execution timed out`,
    ),
    keys: ['pool', 'pid', 'script'],
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern:
      /child \d{1,10} said into stderr: ".{0,300}?(?:\*\*\* Error in|corrupted |Segmentation fault|double free)/,
  },
  {
    source: 'php-fpm',
    cause: 'fastcgi-stderr',
    pattern:
      /child \d{1,10} said into stderr: ".{0,300}?(?:Primary script unknown|Unable to open primary script|PHP (?:Fatal|Parse) error)/,
  },
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern:
      /unable to bind listening socket for address '([^']{1,300})'|FPM initialization failed|failed to post process the configuration/,
    keys: ['listen'],
  },
  // Any other ERROR or ALERT in PHP-FPM's own format: the master refuses its configuration.
  {
    source: 'php-fpm',
    cause: 'backend-crash',
    pattern: /\[\d\d-[A-Z][a-z]{2}-\d{4} [\d:.]{8,15}\] (?:ERROR|ALERT|EMERGENCY): /,
  },
]
