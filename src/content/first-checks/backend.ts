import type { CommandStep } from '../../core/fix/types.ts'
import type { CauseId } from '../../core/causes.ts'

/**
 * The first checks of the causes of this area, most telling first: the page's "Start here" and
 * the command line's `check` take the first that fits the setup and that the log can fill.
 * Each guide's checks start with these (see guides.test.ts).
 */
export const BACKEND_CHECKS = {
  'upstream-premature-close': [
    { kind: 'command', text: 'journalctl -u {service} --since "10 min ago" --no-pager' },
  ],
  'upstream-reset': [
    { kind: 'command', text: 'journalctl -u {service} --since "10 min ago" --no-pager' },
  ],
  'upstream-broken-pipe': [
    { kind: 'command', text: 'journalctl -u {service} --since "10 min ago" --no-pager' },
  ],
  'backend-crash': [{ kind: 'command', text: 'systemctl status {service} --no-pager' }],
  'oom-kill': [{ kind: 'command', text: 'dmesg -T | grep -i "killed process"' }],
  'upstream-read-timeout': [
    { kind: 'command', text: 'curl -s -o /dev/null -w "%{time_total}s\\n" http://{address}{path}' },
  ],
} satisfies Partial<Record<CauseId, readonly CommandStep[]>>
