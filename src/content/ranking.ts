import type { CauseId } from '../core/causes.ts'
import type { Finding } from '../core/log/finding.ts'
import { plural } from './words.ts'
import { CAUSE_RANK } from '../core/log/rank.ts'

/** The bands of CAUSE_RANK (its tens), in the order findings are acted on. */
export type RankBand = 'other-program' | 'config' | 'runtime' | 'consequence' | 'symptom'

/** The band of a cause: 10–19 other programs' lines, 20–29 configuration, and so on. */
export function rankBand(cause: CauseId): RankBand {
  const tens = Math.floor(CAUSE_RANK[cause] / 10)
  if (tens <= 1) return 'other-program'
  if (tens === 2) return 'config'
  if (tens === 3) return 'runtime'
  if (tens === 4) return 'consequence'
  return 'symptom'
}

/** Why a finding of each band comes before the ones after it, in one plain sentence. */
export const BAND_REASONS: Readonly<Record<RankBand, string>> = {
  'other-program':
    'Lines from the system and the backend explain nginx’s errors: what happened here is why nginx failed.',
  config: 'Configuration mistakes fail every request: fix this before the runtime errors.',
  runtime:
    'The backend failing this way explains the errors listed after it: get it answering first.',
  consequence:
    'This is what the other failures led to; fix it and check whether the rest goes away.',
  symptom: 'The access log shows when visitors got errors; the error log says why.',
}

/** Sentences for causes that explain the others in their own way; the rest use their band's. */
export const CAUSE_REASONS: Readonly<Partial<Record<CauseId, string>>> = {
  'oom-kill':
    'An out-of-memory kill explains the refused connections and resets that follow: the backend was killed.',
  'backend-crash':
    'A crashing backend explains nginx’s errors: while it restarts, connections are refused or cut.',
  'selinux-denied':
    'SELinux stops nginx from connecting at all, so nothing else can work until it is allowed.',
  'php-fpm-max-children':
    'PHP-FPM ran out of workers, so requests queued up: that is why nginx timed out or was refused.',
  'resource-exhaustion':
    'nginx itself ran out of connections or open files, which makes every other error more likely.',
  'upstream-refused':
    'Nothing is listening, so no request gets through: get the backend answering first.',
  'upstream-unreachable':
    'The network cannot reach the backend at all, so no request gets through: fix the route first.',
  'upstream-read-timeout':
    'A backend too slow to answer often also hangs up or resets later requests: fix the slowness first.',
}

/** Said when everything after the first finding is what it causes. */
const BEFORE_SYMPTOM =
  'The 502 lines of your access log are what visitors got; this finding says why they got them.'
const BEFORE_NO_LIVE =
  'nginx marks a server as down after failures like this one (“no live upstreams”): fix this first.'

/** One plain sentence on why `ranked[0]` comes first; null with fewer than two findings. */
export function rankReason(ranked: readonly CauseId[]): string | null {
  const [first, ...rest] = ranked
  if (first === undefined || rest.length === 0) return null
  if (rest.every((cause) => rankBand(cause) === 'symptom')) return BEFORE_SYMPTOM
  if (rest.includes('no-live-upstreams') && rankBand(first) !== 'other-program') {
    return BEFORE_NO_LIVE
  }
  return CAUSE_REASONS[first] ?? BAND_REASONS[rankBand(first)]
}

/** What each cause's lines are, as a plural noun, for the sentences that join findings. */
export const CAUSE_NOUNS: Readonly<Record<CauseId, string>> = {
  'upstream-refused': 'refused connections',
  'upstream-refused-ipv6': 'refused IPv6 connections',
  'upstream-unreachable': 'unreachable-backend errors',
  'upstream-connect-timeout': 'connect time-outs',
  'upstream-read-timeout': 'read time-outs',
  'upstream-premature-close': 'closed connections',
  'upstream-reset': 'resets',
  'upstream-broken-pipe': 'broken pipes',
  'header-too-big': 'oversized headers',
  'invalid-response': 'invalid responses',
  'no-live-upstreams': '“no live upstreams” errors',
  'socket-missing': 'missing-socket errors',
  'permission-denied': '“Permission denied” errors',
  'dns-no-resolver': 'missing-resolver errors',
  'dns-resolve-failed': 'failed name lookups',
  'upstream-ssl': 'TLS failures',
  'fastcgi-stderr': 'PHP errors',
  'resource-exhaustion': 'resource-limit errors',
  'php-fpm-max-children': 'full-pool warnings',
  'oom-kill': 'out-of-memory kills',
  'selinux-denied': 'SELinux denials',
  'backend-crash': 'backend crashes',
  'access-log-502': '502/504 responses',
}

/** `a`, `a and b`, `a, b and c`. */
function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/**
 * Why `finding` explains others in the log, in one plain sentence (issue 9 §3: "this crash
 * explains the resets at the same time"); null when it explains nothing but the access log's
 * 502s, which {@link rankReason} covers.
 */
export function explanationOf(finding: Finding): string | null {
  const explained = finding.explains.filter((e) => e.reason !== 'symptom')
  const [first] = explained
  if (first === undefined) return null
  const nouns = listOf(explained.map((e) => CAUSE_NOUNS[e.cause]))
  switch (first.reason) {
    case 'same-time':
      if (finding.cause === 'oom-kill') {
        return `This out-of-memory kill explains the ${nouns} at the same time: the kernel killed the backend.`
      }
      if (finding.cause === 'php-fpm-max-children') {
        return `PHP-FPM ran out of workers at the same time: that explains the ${nouns}.`
      }
      return `This crash explains the ${nouns} at the same time: while the backend was down or restarting, nginx got no answer.`
    case 'denial':
      return 'This SELinux denial is what the “Permission denied” lines are: SELinux stopped nginx, not the file permissions.'
    case 'localhost-pair':
      return finding.cause === 'upstream-refused'
        ? '`localhost` is two servers to nginx, `[::1]` and `127.0.0.1`: both refused, so it had none left to try (“no live upstreams”). Nothing listens on that port at all.'
        : '`localhost` is two servers to nginx, `[::1]` and `127.0.0.1`: refused at `[::1]`, it ran out of servers to try (“no live upstreams”).'
    default:
      return `These ${CAUSE_NOUNS[finding.cause]} are why nginx had no server left to try (“no live upstreams”).`
  }
}

/** The sentence under "Start here": what the first finding explains, or why it ranks first. */
export function startHereReason(findings: readonly Finding[]): string | null {
  const [first] = findings
  if (first === undefined || findings.length < 2) return null
  return explanationOf(first) ?? rankReason(findings.map((f) => f.cause))
}

/**
 * What else a person should know of a finding, in plain sentences: lines from nginx's TCP
 * proxy (their clients never saw a 502), `[::1]` refusals taken in because nothing listens on
 * either address, and what it explains when it is not the first finding.
 */
export function findingNotes(finding: Finding, first: boolean): string[] {
  const notes: string[] = []
  if (finding.stream > 0) {
    const all = finding.stream === finding.lines
    notes.push(
      `${all ? 'These lines are' : `${finding.stream.toLocaleString('en-US')} of these lines are`} from nginx’s stream{} (TCP) proxy: those clients saw the connection closed, not a 502.`,
    )
  }
  const ipv6 = finding.absorbed.find((a) => a.cause === 'upstream-refused-ipv6')
  if (ipv6 !== undefined) {
    notes.push(
      `Includes ${plural(ipv6.lines, 'line')} refused at \`[::1]\`: the backend answers on neither \`[::1]\` nor \`127.0.0.1\`, so this is not an IPv6 problem; nothing listens at all.`,
    )
  }
  const explanation = first ? null : explanationOf(finding)
  if (explanation !== null) notes.push(explanation)
  return notes
}
