import type { CauseId } from '../../../causes.ts'
import type { LineFacts, LineSource } from '../../types.ts'

/** A rule for a line written by something other than nginx that explains (or looks like) a 502. */
export interface ProgramRule {
  source: LineSource
  cause: CauseId | null
  pattern: RegExp
  /** Names for the pattern's capture groups, kept in `facts.extra` (`process` names who died). */
  keys?: readonly string[]
  alternative?: CauseId
  lookalike?: string
  /** Decides the verdict from what was captured, when the pattern alone cannot. */
  refine?: (extra: Readonly<Record<string, string>>) => Refinement | null
}

/** What a rule's `refine` says instead of its own verdict; null keeps the rule's. */
export interface Refinement {
  cause: CauseId | null
  lookalike?: string
  alternative?: CauseId
}

/** The verdict for another program's line. */
export interface ProgramVerdict {
  cause: CauseId | null
  facts: LineFacts
}

/** The first rule of `rules` that matches `text`, as a verdict; null when none does. */
export function firstMatch(rules: readonly ProgramRule[], text: string): ProgramVerdict | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(text)
    if (match === null) continue
    const extra: Record<string, string> = {}
    rule.keys?.forEach((key, index) => {
      const value = match[index + 1]
      if (value !== undefined) extra[key] = value
    })
    const refined = rule.refine?.(extra) ?? null
    const cause = refined === null ? rule.cause : refined.cause
    const facts: LineFacts = {
      source: rule.source,
      message: text.slice(match.index, match.index + 500),
    }
    if (Object.keys(extra).length > 0) facts.extra = extra
    const alternative = refined === null ? rule.alternative : refined.alternative
    const lookalike = refined === null ? rule.lookalike : refined.lookalike
    if (alternative !== undefined) facts.alternative = alternative
    if (lookalike !== undefined) facts.lookalike = lookalike
    return { cause, facts }
  }
  return null
}

/** nginx itself, or another front server like it: its own exits are not a backend's. */
const FRONT = /^(?:nginx|openresty|tengine|lighttpd|haproxy|caddy|traefik|envoy)(?:[-.@]|$)/i
/** Units and programs of the operating system, not of a web application. */
const SYSTEM =
  /^(?:systemd-[\w-]*|networkd-dispatcher|NetworkManager|snapd|cron|crond|anacron|rsyslog|syslog-ng|ssh|sshd|dbus|polkit|udev|udisks2|getty@.*|cloud-[\w-]*|apt-[\w-]*|unattended-upgrades|packagekit|accounts-daemon|ModemManager|multipathd|chronyd?|ntpd?|fwupd|lvm2-[\w-]*|irqbalance|auditd|logrotate|man-db|motd-news|apport|whoopsie|setroubleshootd|tuned|kdump|postfix|exim4|sendmail|avahi-daemon|cups|bluetooth|wpa_supplicant|thermald|smartd|atd|e2scrub[\w-]*|plymouth[\w-]*|user@\d+)$/

/**
 * How a crash of `name` (a unit, program or process) reads: nginx and other front servers
 * are not the backend; the operating system's own daemons are not the application.
 */
export function crashOf(name: string | undefined): Refinement | null {
  if (name === undefined) return null
  const base = name.replace(/^.*\//, '').replace(/\.(?:service|slice|scope)$/, '')
  if (FRONT.test(base)) return { cause: null, lookalike: 'front-server-itself' }
  if (SYSTEM.test(base)) return { cause: null, lookalike: 'system-daemon' }
  return null
}
