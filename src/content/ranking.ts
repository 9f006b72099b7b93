import type { CauseId } from '../core/causes.ts'
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
