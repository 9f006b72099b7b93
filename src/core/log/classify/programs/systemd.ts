import { crashOf, type ProgramRule } from './rule.ts'

const UNIT = String.raw`(\S{1,200}?)\.(?:service|slice|scope)`

const crash = (pattern: RegExp, keys: readonly string[] = ['service']): ProgramRule => ({
  source: 'systemd',
  cause: 'backend-crash',
  pattern,
  keys,
  refine: (extra) => crashOf(extra.service ?? extra.process),
})

/**
 * The process managers that keep a backend running (systemd, upstart, supervisor, docker
 * compose, Heroku) saying that it stopped, failed or was killed. nginx's own unit, other
 * front servers and the operating system's daemons are look-alikes (see crashOf).
 */
export const MANAGER_RULES: readonly ProgramRule[] = [
  {
    source: 'systemd',
    cause: 'oom-kill',
    pattern: new RegExp(
      `${UNIT}: (?:A process of this unit has been killed by|Failed with result 'oom-kill')`,
    ),
    keys: ['service'],
    refine: (extra) => crashOf(extra.service),
  },
  crash(
    new RegExp(`${UNIT}: Main process exited, code=(exited|killed|dumped), status=(\\S{1,40})`),
    ['service', 'code', 'exitStatus'],
  ),
  crash(new RegExp(`${UNIT}: Failed with result '([a-z-]{1,40})'`), ['service', 'result']),
  crash(
    new RegExp(
      `${UNIT}: (?:Scheduled restart job|Start request repeated too quickly|Unit entered failed state|Killing process \\d{1,10} \\([^)]{1,100}\\) with signal SIGKILL)`,
    ),
  ),
  crash(new RegExp(`\\bUnit ${UNIT} entered failed`)),
  crash(new RegExp(`Job for ${UNIT} failed\\b`)),
  crash(new RegExp(`\\bsystemd\\[\\d{1,10}\\]: ${UNIT} failed\\.?$`)),
  crash(/^\s*Active: failed \(Result: ([\w-]{1,40})\)/, ['result']),
  // Upstart (Ubuntu before systemd).
  crash(/\binit: (\S{1,100}) main process \(\d{1,10}\) (?:terminated with status|killed by)/, [
    'service',
  ]),
  crash(/\binit: (\S{1,100}) respawning too fast, stopped/, ['service']),
  // supervisor: an exit it did not expect, or a program it gave up on.
  crash(
    /\bexited: (\S{1,100}) \((?:exit status \d{1,5}|terminated by SIG[A-Z]{2,8}); not expected\)/,
    ['process'],
  ),
  crash(/\bgave up: (\S{1,100}) entered FATAL state/, ['process']),
  crash(/^(\S{1,100})\s+(?:FATAL|BACKOFF)\s+Exited too quickly/, ['process']),
  // docker compose: `web_1 exited with code 1`; 0 is a clean stop.
  {
    source: 'systemd',
    cause: null,
    pattern: /^(\S{1,200}) exited with code 0$/,
    keys: ['process'],
    lookalike: 'clean-exit',
  },
  crash(/^(\S{1,200}) exited with code (\d{1,3})$/, ['process', 'exitCode']),
  // Heroku's dyno manager.
  crash(
    /\bheroku\[([\w.]{1,60})\]: (?:State changed from \w+ to crashed|Process exited with status [1-9])/,
    ['process'],
  ),
  {
    source: 'systemd',
    cause: 'oom-kill',
    pattern:
      /\bheroku\[([\w.]{1,60})\]: Error R1[45] \(Memory quota (?:exceeded|vastly exceeded)\)/,
    keys: ['process'],
  },
]
