/**
 * The lines people paste around a configuration that are not configuration: what `nginx -t`
 * and `nginx -T` print on stderr, `nginx -v`/`-V` output, and the shell prompt they typed.
 */

/** `nginx -t`'s verdict and nginx's own log lines on stderr (`nginx: [warn] …`). */
const NGINX_STDERR =
  /^nginx: (?:the configuration file .* syntax is ok|configuration file .* test (?:is successful|failed)|\[(?:emerg|alert|crit|error|warn|notice|info|debug)\] )/

/** `nginx -V` output: its version line and what it was built with. */
const NGINX_VERSION_OUTPUT =
  /^(?:(?:nginx|tengine) version: |built (?:by|with) |TLS SNI support (?:enabled|disabled)|configure arguments:)/i

/**
 * A shell prompt: `$ `, `> `, `% `, or `user@host:~$ `, `[root@web ~]# `. A bare `# ` is not
 * taken for root's prompt: in a configuration that is a comment, harmless either way.
 */
const PROMPT_HEAD = /^\s{0,8}(\[[^\]\n]{0,80}\]|[\w.-]{1,64}@[^\s$#%>]{1,200})?\s{0,4}([$#%>])/

/** The command typed after it: `sudo nginx -T`, `docker exec web nginx -T`, `cat FILE`. */
const PROMPT_COMMAND =
  /^(?:sudo\s{1,4}(?:-\S{1,20}\s{1,4}){0,4})?(?:\S{0,200}\/)?(?:nginx|openresty|cat|less|more|docker|podman|kubectl|oc|ssh)\b/

/** A prompt and a command to show the configuration, or a prompt alone (end of a copy). */
function isPrompt(text: string): boolean {
  const m = PROMPT_HEAD.exec(text)
  if (m === null) return false
  const host = m[1]
  if (host === undefined && m[2] === '#') return false
  const rest = text.slice(m[0].length).trim()
  return rest === '' ? host !== undefined : PROMPT_COMMAND.test(rest)
}

/**
 * True when the line is something printed or typed around the configuration. Every line of a
 * dump goes through here, so lines that cannot be noise are let through before any pattern.
 */
export function isPasteNoise(line: string): boolean {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line
  const first = text.trimStart().charCodeAt(0)
  // Config lines start with a name, `}`, `#` or nothing; noise starts with n/N, b, T/t, c,
  // a prompt sign or a user@host (which has an `@`).
  if (Number.isNaN(first) || first === 125 || first === 35 || first === 59) return false
  if (NGINX_STDERR.test(text) || NGINX_VERSION_OUTPUT.test(text)) return true
  if (first !== 36 && first !== 37 && first !== 62 && first !== 91 && !text.includes('@')) {
    return false
  }
  return isPrompt(text)
}

/**
 * `nginx version: nginx/1.24.0 (Ubuntu)` → `1.24.0`. OpenResty gives its own number, whose
 * first three parts are nginx's (openresty/1.21.4.1 is nginx 1.21.4); Tengine names nginx's in
 * parentheses (`Tengine/2.3.3 (nginx/1.18.0)`).
 */
export function versionFrom(line: string): string | undefined {
  const trimmed = line.trim()
  // Bounded, so a long pasted line cannot make the match slow.
  const m = /^(?:nginx|tengine) version: ([\w.-]{1,40})\/(\d{1,6}(?:\.\d{1,6}){0,5})/i.exec(trimmed)
  if (m === null) return undefined
  const [whole, product = '', number = ''] = m
  const rest = trimmed.slice(whole.length)
  const inner = /\bnginx\/(\d+\.\d+\.\d+)/.exec(rest)
  if (inner !== null) return inner[1]
  if (product.toLowerCase() === 'openresty') return number.split('.').slice(0, 3).join('.')
  return number
}
