import { crashOf, type ProgramRule } from './rule.ts'

const oom = (pattern: RegExp, keys?: readonly string[]): ProgramRule => ({
  source: 'kernel',
  cause: 'oom-kill',
  pattern,
  ...(keys === undefined ? {} : { keys }),
})

/**
 * The kernel's OOM killer in every form it reports (dmesg, journalctl -k, syslog), the
 * container runtimes' word for the same kill, and processes the kernel saw crash. Each OOM
 * line keeps the process it names: `process` is the one killed, `task` a candidate listed in
 * the report's task table, `trigger` the one whose allocation set the killer off.
 */
export const KERNEL_RULES: readonly ProgramRule[] = [
  oom(
    /(?:Out of memory|Memory cgroup out of memory)(?: \([\w ]{1,40}\))?: Kill(?:ed)? process (\d{1,10}) \(([^)]{1,100})\)/,
    ['pid', 'process'],
  ),
  oom(/\bKilled process (\d{1,10}),? (?:UID \d{1,10},? )?\(([^)]{1,100})\)/, ['pid', 'process']),
  oom(/\boom_reaper: reaped process (\d{1,10}) \(([^)]{1,100})\)/, ['pid', 'process']),
  oom(/\boom-kill:.{0,400}?task=([^,\s]{1,100}),pid=(\d{1,10})/, ['process', 'pid']),
  oom(/\boom-kill:constraint=/),
  oom(/\bmemory: usage \d{1,20}kB, limit \d{1,20}kB, failcnt \d{1,20}/),
  // systemd-oomd, the userspace killer, acting on memory pressure.
  oom(/\bsystemd-oomd\[\d{1,10}\]: (?:oomd attempting to kill|Killed \S{1,300} due to)/),
  oom(/\b(\S{1,100}) invoked oom-killer:/, ['trigger']),
  oom(/\bTask in \S{1,300} killed as a result of limit of /),
  oom(/\bcpuset=\S{1,300} mems_allowed=/),
  oom(/\bTasks state \(memory values in pages\)/),
  // The report's task table: its header, then one row per candidate process.
  oom(/\[\s*pid\s*\]\s+uid\s+tgid\s+total_vm\s+rss\b/),
  oom(
    /\[\s*\d{1,10}\]\s+\d{1,10}\s+\d{1,10}\s+\d{1,12}\s+\d{1,12}(?:\s+-?\d{1,12}){2,8}\s+(\S{1,100})\s*$/,
    ['task'],
  ),
  // Docker and Kubernetes say so after the fact; `"OOMKilled": false` says the opposite.
  { source: 'kernel', cause: null, pattern: /"OOMKilled":\s*false/, lookalike: 'not-oom' },
  oom(/\bOOMKilled\b/),
  oom(/\bcontainer oom\b/),
  oom(/\b[Cc]ontainer killed due to memory usage\b/),
  // Crashes the kernel reported: the process died, whatever nginx saw of it.
  {
    source: 'kernel',
    cause: 'backend-crash',
    pattern: /(?:^|[\s\]:])([^\s[\]:][^[\]]{0,60}?)\[(\d{1,10})\]: segfault at /,
    keys: ['process', 'pid'],
    refine: (extra) => crashOf(extra.process),
  },
  {
    source: 'kernel',
    cause: 'backend-crash',
    pattern: /\btraps: ([^[\]]{1,60}?)\[(\d{1,10})\] (?:general protection|trap )/,
    keys: ['process', 'pid'],
    refine: (extra) => crashOf(extra.process),
  },
  {
    source: 'kernel',
    cause: 'backend-crash',
    pattern: /\bProcess (\d{1,10}) \(([^)]{1,100})\) of user \d{1,10} dumped core/,
    keys: ['pid', 'process'],
    refine: (extra) => crashOf(extra.process),
  },
]
