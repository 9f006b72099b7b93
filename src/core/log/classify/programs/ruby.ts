import type { ProgramRule } from './rule.ts'

const crash = (pattern: RegExp): ProgramRule => ({ source: 'app', cause: 'backend-crash', pattern })

/** Ruby's application servers: puma, unicorn and Passenger losing or failing to start workers. */
export const RUBY_RULES: readonly ProgramRule[] = [
  crash(
    /! Terminating timed out worker|Early termination of worker|Puma caught this error|terminated with exception \(report_on_exception is true\)/,
  ),
  crash(
    /\bworker=\d{1,5} PID:\d{1,10} timeout \(\d{1,6}s > \d{1,6}s\), killing|reaped #<Process::Status: pid \d{1,10} (?:SIG[A-Z]{2,8} \(signal \d{1,3}\)|exit [1-9]\d{0,3})> worker=\d{1,5}/,
  ),
  crash(/Could not spawn process for application|Could not start the spawn server/),
  crash(/Cannot checkout session because a spawning error occurred/),
  crash(/Unexpected error in mod_passenger|AppPreloader .{0,200}could not be started/),
]
