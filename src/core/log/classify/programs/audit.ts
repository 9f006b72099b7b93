import type { ProgramRule, Refinement } from './rule.ts'

/** Programs of the web stack: nginx, its backends, and the interpreters they run in. */
const WEB_STACK =
  /^(?:nginx|php-fpm[\d.]{0,6}|php[\d.]{1,6}-fpm|php-cgi|php[\d.]{0,6}|httpd|apache2|uwsgi|gunicorn|python[\d.]{0,6}|node|nodejs|java|ruby|puma|unicorn|passenger|dotnet|fcgiwrap|spawn-fcgi)$/i

/** Whether a process (`/usr/sbin/php-fpm`, `"nginx"`) belongs to the web stack. */
function isWebStack(process: string): boolean {
  return WEB_STACK.test(process.slice(process.lastIndexOf('/') + 1))
}

/**
 * SELinux denials as `ausearch`, `/var/log/audit/audit.log`, `dmesg` (`audit: type=1400`) and
 * setroubleshoot print them. A denial counts for a process of the web stack (nginx's `httpd_t`
 * domain, PHP-FPM's, any web program by name): it stops nginx connecting, or the backend
 * working. Denials of unrelated daemons are look-alikes.
 */
export const AUDIT_RULES: readonly ProgramRule[] = [
  // Permissive mode logs what it would have denied and lets it happen.
  {
    source: 'audit',
    cause: null,
    pattern: /avc: {1,2}denied .{0,1200}\bpermissive=1\b/,
    lookalike: 'permissive',
  },
  {
    source: 'audit',
    cause: 'selinux-denied',
    pattern:
      /avc: {1,2}denied {1,2}\{ ([^}]{1,80}) \} for .{0,300}?comm="([^"]{1,100})".{0,600}?scontext=(\S{1,200})/,
    keys: ['permission', 'process', 'scontext'],
    refine: (extra) => denialOf(extra.process ?? '', extra.permission ?? '', extra.scontext),
  },
  {
    source: 'audit',
    cause: 'selinux-denied',
    pattern: /SELinux is preventing (\S{1,300}) from ([\w ]{1,80}?) access/,
    keys: ['process', 'permission'],
    refine: (extra) => denialOf(extra.process ?? '', extra.permission ?? ''),
  },
]

/**
 * Whether a denial can explain a 502. nginx is stopped from reaching its backend by a denied
 * `name_connect` (TCP) or `connectto`/`write` (a unix socket); what else it is denied (its
 * own listen port, its files) fails it in other ways. A backend of the web stack denied
 * anything fails the requests nginx sends it. `map` is reported where nothing breaks.
 */
function denialOf(process: string, permission: string, scontext = ''): Refinement | null {
  const nginx = process.slice(process.lastIndexOf('/') + 1) === 'nginx'
  if (nginx) {
    return /\b(?:name_connect|connectto|write)\b/.test(permission)
      ? null
      : { cause: null, lookalike: 'not-the-upstream' }
  }
  if (permission.trim() === 'map') return { cause: null, lookalike: 'unrelated-denial' }
  const web = /:(?:httpd|php_fpm|httpd_sys_script)_t:/.test(scontext) || isWebStack(process)
  return web ? null : { cause: null, lookalike: 'unrelated-denial' }
}
