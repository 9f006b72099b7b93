import type { CauseId } from '../causes.ts'
import type { Explanation, ExplainReason, Finding } from './finding.ts'
import { foldLocalhostPair } from './localhost-pair.ts'
import { closeInTime } from './time.ts'

/**
 * Where each cause stands when deciding what to act on first. Lines from other programs come
 * first because they explain nginx's errors (an OOM kill is why the upstream refused); then
 * mistakes that fail every request; then runtime failures; the access log's 502s are only
 * the symptom. Lower acts first.
 */
export const CAUSE_RANK: Readonly<Record<CauseId, number>> = {
  'oom-kill': 10,
  'backend-crash': 11,
  'selinux-denied': 12,
  'php-fpm-max-children': 13,
  'socket-missing': 20,
  'permission-denied': 21,
  'dns-no-resolver': 22,
  'upstream-refused-ipv6': 23,
  'upstream-ssl': 24,
  'header-too-big': 25,
  'invalid-response': 26,
  'dns-resolve-failed': 27,
  'upstream-refused': 30,
  'upstream-unreachable': 31,
  'resource-exhaustion': 32,
  'upstream-connect-timeout': 33,
  'upstream-read-timeout': 34,
  'upstream-premature-close': 35,
  'upstream-reset': 36,
  'upstream-broken-pipe': 37,
  'no-live-upstreams': 40,
  'fastcgi-stderr': 41,
  'access-log-502': 50,
}

/** What a dying or overloaded backend leaves in nginx's log while it is down or stuck. */
const BACKEND_FAILURES: readonly CauseId[] = [
  'upstream-refused',
  'upstream-refused-ipv6',
  'upstream-reset',
  'upstream-premature-close',
  'upstream-broken-pipe',
  'upstream-read-timeout',
  'upstream-connect-timeout',
  'socket-missing',
  'no-live-upstreams',
  'invalid-response',
  'resource-exhaustion',
]

/** Which causes explain which, and why (issue 9 §3); checked in this order. */
const EXPLAINS: readonly [CauseId, readonly CauseId[], ExplainReason, boolean][] = [
  ['oom-kill', BACKEND_FAILURES, 'same-time', true],
  ['backend-crash', BACKEND_FAILURES, 'same-time', true],
  ['php-fpm-max-children', BACKEND_FAILURES, 'same-time', true],
  ['selinux-denied', ['permission-denied'], 'denial', false],
  ['upstream-refused-ipv6', ['no-live-upstreams'], 'group-servers', false],
  ['upstream-refused', ['no-live-upstreams'], 'group-servers', false],
  ['upstream-unreachable', ['no-live-upstreams'], 'group-servers', false],
  ['upstream-connect-timeout', ['no-live-upstreams'], 'group-servers', false],
  ['upstream-read-timeout', ['no-live-upstreams'], 'group-servers', false],
  ['upstream-reset', ['no-live-upstreams'], 'group-servers', false],
  ['upstream-premature-close', ['no-live-upstreams'], 'group-servers', false],
]

/**
 * Orders findings so the root cause comes first, and notes what each explains. A crash, OOM
 * kill or worker death explains the failures against the backend at the same time (or when
 * the lines carry no comparable time); an AVC denial explains `13: Permission denied`; the
 * failures of a group's servers explain its `no live upstreams`; every error explains the
 * access log's 502s. Refusals at both `[::1]` and `127.0.0.1` of one port are one finding:
 * nothing listens at all (localhost-pair.ts). Then {@link CAUSE_RANK}, more lines, the latest.
 * A finding from another program that explains nothing here (another day's crash) goes after
 * the nginx findings it does not explain.
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  const folded = foldLocalhostPair(findings)
  const byCause = new Map(folded.map((finding) => [finding.cause, finding]))
  const explained = folded.map((finding) => ({
    ...finding,
    explains: explanations(finding, byCause),
  }))
  const sorted = explained.sort(
    (a, b) =>
      CAUSE_RANK[a.cause] - CAUSE_RANK[b.cause] ||
      b.lines - a.lines ||
      (b.last ?? '').localeCompare(a.last ?? ''),
  )
  const idle = sorted.filter((finding) => isIdleOtherProgram(finding, sorted))
  if (idle.length === 0 || idle.length === sorted.length) return sorted
  return [...sorted.filter((finding) => !idle.includes(finding)), ...idle]
}

function explanations(finding: Finding, byCause: ReadonlyMap<CauseId, Finding>): Explanation[] {
  const found: Explanation[] = []
  for (const [cause, targets, reason, timed] of EXPLAINS) {
    if (cause !== finding.cause) continue
    for (const target of targets) {
      const other = byCause.get(target)
      if (other === undefined || other === finding) continue
      if (timed && !closeInTime(finding, other)) continue
      // `localhost` names two servers, `[::1]` and `127.0.0.1`: their refusals are why.
      const pair = reason === 'group-servers' && namesLocalhost(other) && isRefusal(finding.cause)
      found.push({ cause: target, reason: pair ? 'localhost-pair' : reason })
    }
  }
  const symptom = byCause.get('access-log-502')
  const timely =
    CAUSE_RANK[finding.cause] >= 20 || (symptom !== undefined && closeInTime(finding, symptom))
  if (finding.cause !== 'access-log-502' && symptom !== undefined && timely) {
    found.push({ cause: 'access-log-502', reason: 'symptom' })
  }
  return found
}

function isRefusal(cause: CauseId): boolean {
  return cause === 'upstream-refused' || cause === 'upstream-refused-ipv6'
}

function namesLocalhost(finding: Finding): boolean {
  return finding.upstreams.some((u) => u.address === 'localhost')
}

/** Another program's finding with nginx findings beside it, none of which it explains. */
function isIdleOtherProgram(finding: Finding, all: readonly Finding[]): boolean {
  if (CAUSE_RANK[finding.cause] >= 20) return false
  const nginx = all.filter(
    (other) => CAUSE_RANK[other.cause] >= 20 && other.cause !== 'access-log-502',
  )
  return nginx.length > 0 && !finding.explains.some((e) => e.reason !== 'symptom')
}
