import type { ProgramRule } from './rule.ts'

const rule = (
  cause: ProgramRule['cause'],
  pattern: RegExp,
  keys?: readonly string[],
): ProgramRule => ({
  source: 'app',
  cause,
  pattern,
  ...(keys === undefined ? {} : { keys }),
})

/**
 * Apache between nginx and PHP (mod_proxy_fcgi, mod_fcgid) or as the backend's own proxy:
 * its errors say the same things nginx's do, in its words, so they get the same causes.
 */
export const APACHE_RULES: readonly ProgramRule[] = [
  rule('fastcgi-stderr', /\bAH01071: Got error '(?:PHP message: )?/),
  rule(
    'upstream-read-timeout',
    /\(70007\)The timeout specified has expired: .{0,200}AH01075|mod_fcgid: read data timeout in \d{1,6} seconds/,
  ),
  rule(
    'upstream-reset',
    /\(104\)Connection reset by peer: .{0,300}(?:AH01075|mod_fcgid: error reading data)/,
  ),
  rule(
    'socket-missing',
    /\(2\)No such file or directory: AH02454: FCGI: attempt to connect to Unix domain socket (\S{1,300})/,
    ['socket'],
  ),
  rule(
    'upstream-refused',
    /\(111\)Connection refused: (?:AH00957: (?:FCGI|HTTP|AJP): |proxy: (?:HTTP|AJP): )attempt to connect to (\S{1,300})/,
    ['address'],
  ),
  rule('socket-missing', /AH01079: failed to make connection to backend: httpd-UDS/),
  rule(
    'upstream-refused',
    /AH0(?:1079|1114): (?:HTTP: )?failed to make connection to backend: (\S{1,300})/,
    ['address'],
  ),
  rule('permission-denied', /Permission denied: AH00952: FCGI: error creating fam \d socket/),
  rule('no-live-upstreams', /\bproxy: (?:HTTP|AJP|FCGI): disabled connection for \(/),
  rule(
    'upstream-premature-close',
    /End of script output before headers|Premature end of script headers|AH01067: Failed to read FastCGI header/,
  ),
  rule(
    'backend-crash',
    /Memory allocation failed, aborting process|Unable to connect to port \d{1,5} on \S{1,100}: Connection refused: Died/,
  ),
]
