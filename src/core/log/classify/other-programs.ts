import { APACHE_RULES } from './programs/apache.ts'
import { AUDIT_RULES } from './programs/audit.ts'
import { DOTNET_RULES, GO_RULES, JAVA_RULES } from './programs/java.ts'
import { KERNEL_RULES } from './programs/kernel.ts'
import { NODE_RULES } from './programs/node.ts'
import { PHP_FPM_RULES } from './programs/php-fpm.ts'
import { INGRESS_RULES, PROXY_RULES } from './programs/proxies.ts'
import { PYTHON_RULES } from './programs/python.ts'
import { RUBY_RULES } from './programs/ruby.ts'
import { firstMatch, type ProgramRule, type ProgramVerdict } from './programs/rule.ts'
import { MANAGER_RULES } from './programs/systemd.ts'

/**
 * Every family of other programs' lines, in the order they are tried: the kernel and the
 * audit log first (their lines quote process names that other rules would also match), the
 * process managers, then each runtime's own servers, and the generic Python exception last.
 */
const RULES: readonly ProgramRule[] = [
  ...KERNEL_RULES,
  ...AUDIT_RULES,
  ...MANAGER_RULES,
  ...PHP_FPM_RULES,
  ...RUBY_RULES,
  ...NODE_RULES,
  ...JAVA_RULES,
  ...DOTNET_RULES,
  ...GO_RULES,
  ...APACHE_RULES,
  ...PROXY_RULES,
  ...INGRESS_RULES,
  ...PYTHON_RULES,
]

/**
 * Recognises lines from the kernel, the audit log, process managers, PHP-FPM, Python, Ruby,
 * Node and Java servers, Apache and other proxies that explain why nginx saw a dead, stuck or
 * overloaded backend, and the look-alikes among them. Null when no rule knows the line.
 */
export function classifyOtherLine(text: string): ProgramVerdict | null {
  const plain = withoutMarkdown(text).trim()
  const verdict = firstMatch(RULES, plain)
  if (verdict === null) return null
  // When the program wrote its own date (PHP-FPM, gunicorn, PM2 ...), findings can tell
  // whether its crash came at the time of nginx's errors (rank.ts).
  const time = PROGRAM_TIME.exec(plain.slice(0, 48))
  const written = time?.[1] ?? time?.[2]
  if (written !== undefined) verdict.facts.time = written
  return verdict
}

/** A date near the start of a program's line: PHP-FPM's `22-Nov-2026 02:25:27`, or ISO's. */
const PROGRAM_TIME = /(\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d)|(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)/

/** The line without what markdown left on it: bold markers, inline-code backticks around it. */
function withoutMarkdown(text: string): string {
  let plain = text.includes('**') ? text.replaceAll('**', '') : text
  let start = 0
  let end = plain.length
  while (plain.charCodeAt(start) === 96) start += 1
  while (end > start && plain.charCodeAt(end - 1) === 96) end -= 1
  if (start > 0 || end < plain.length) plain = plain.slice(start, end)
  return plain
}
