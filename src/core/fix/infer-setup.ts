import type { Finding } from '../log/finding.ts'
import type { LineFacts } from '../log/types.ts'
import type { SetupAnswers, SetupQuestion } from './types.ts'

/** What in the log (or config) an inferred answer came from; the page words it (setup-labels.ts). */
export type SetupClue =
  | 'fastcgi-upstream'
  | 'php-socket'
  | 'php-fpm-lines'
  | 'uwsgi-upstream'
  | 'uwsgi-lines'
  | 'gunicorn-lines'
  | 'node-lines'
  | 'java-lines'
  | 'compose-prefix'
  | 'kubernetes-prefix'
  | 'ingress-upstream'
  | 'docker-dns'
  | 'pm2-lines'
  | 'journald-prefix'
  | 'systemd-lines'
  | 'unix-socket'
  | 'loopback-upstream'
  | 'container-address'
  | 'remote-address'
  | 'selinux-denial'
  // From the person's nginx config (setup-from-config.ts), not the log.
  | 'config-fastcgi'
  | 'config-php-socket'
  | 'config-uwsgi'
  | 'config-docker-dns'
  | 'config-kube-dns'
  | 'config-envsubst'
  | 'config-service-name'

/** One answer the log gives away, with what it came from (`evidence`: the text that showed it). */
export interface SetupGuess<V> {
  value: V
  clue: SetupClue
  evidence: string
}

/** The answers read from a log, each with its clue; unanswered questions are absent. */
export type InferredSetup = {
  [Q in SetupQuestion]?: SetupGuess<NonNullable<SetupAnswers[Q]>>
}

// Docker's default networks (172.16.0.0/12), Kubernetes' usual pod ranges (10.42–10.49 for k3s
// and kubeadm's Calico/Flannel defaults, 10.244 for Flannel).
const CONTAINER_ADDRESS = /^172\.(1[6-9]|2\d|3[01])\.|^10\.(4[2-9]|24[0-4])\./
const LOOPBACK = /^(127\.|::1$|localhost$)/
// 127.0.0.11 is Docker's embedded DNS; it is never a backend.
const DOCKER_DNS = '127.0.0.11'

interface Found {
  value: string
  clue: SetupClue
  evidence: string
}

type Guess = (facts: LineFacts, text: string) => Found | null

function guessBackend({ upstream }: LineFacts, text: string) {
  const socket = upstream?.socket ?? ''
  const php = /php[\d.]*-fpm/.exec(socket)
  if (php !== null) return { value: 'php-fpm', clue: 'php-socket' as const, evidence: socket }
  if (upstream?.scheme === 'fastcgi')
    return { value: 'php-fpm', clue: 'fastcgi-upstream' as const, evidence: upstream.address }
  if (upstream?.scheme === 'uwsgi')
    return { value: 'uwsgi', clue: 'uwsgi-upstream' as const, evidence: upstream.address }
  const line = (re: RegExp) => re.exec(text)?.[0]
  const fpm = line(/WARNING: \[pool [^\]]{1,40}\]|php-fpm|PHP message:/)
  if (fpm !== undefined) return { value: 'php-fpm', clue: 'php-fpm-lines' as const, evidence: fpm }
  const uwsgi = line(/HARAKIRI|uWSGI|invalid request block size/)
  if (uwsgi !== undefined) return { value: 'uwsgi', clue: 'uwsgi-lines' as const, evidence: uwsgi }
  const py = line(/WORKER TIMEOUT|gunicorn|Worker \(pid:\d{1,10}\)|uvicorn/)
  if (py !== undefined) return { value: 'python', clue: 'gunicorn-lines' as const, evidence: py }
  const node = line(/JavaScript heap out of memory|PM2|App \[[^\]]{1,60}\]|node:internal/)
  if (node !== undefined) return { value: 'node', clue: 'node-lines' as const, evidence: node }
  const java = line(/java\.\w[\w.]{0,80}Exception|org\.apache\.catalina|Tomcat|Jetty/)
  if (java !== undefined) return { value: 'java', clue: 'java-lines' as const, evidence: java }
  return null
}

function guessRuntime({ extra, upstream, source, resolver }: LineFacts, text: string) {
  const wrapper = extra?.wrapper
  if (wrapper === 'docker-compose') {
    const prefix = /^\S{1,80} {1,8}\|/.exec(text)?.[0] ?? 'service  |'
    return { value: 'docker', clue: 'compose-prefix' as const, evidence: prefix }
  }
  if (wrapper === 'kubernetes')
    return { value: 'kubernetes', clue: 'kubernetes-prefix' as const, evidence: text.slice(0, 40) }
  if (extra?.upstreamName !== undefined)
    return { value: 'kubernetes', clue: 'ingress-upstream' as const, evidence: extra.upstreamName }
  if (upstream?.host === '0.0.0.1')
    return { value: 'kubernetes', clue: 'ingress-upstream' as const, evidence: upstream.address }
  if (resolver === DOCKER_DNS || text.includes(DOCKER_DNS))
    return { value: 'docker', clue: 'docker-dns' as const, evidence: DOCKER_DNS }
  const pm2 = /PM2|App \[[^\]]{1,60}\]/.exec(text)?.[0]
  if (pm2 !== undefined) return { value: 'pm2', clue: 'pm2-lines' as const, evidence: pm2 }
  if (wrapper === 'journald')
    return { value: 'systemd', clue: 'journald-prefix' as const, evidence: 'nginx[…]:' }
  if (source === 'systemd')
    return { value: 'systemd', clue: 'systemd-lines' as const, evidence: text.slice(0, 60) }
  return null
}

const containerClues: ReadonlySet<SetupClue> = new Set([
  'compose-prefix',
  'kubernetes-prefix',
  'ingress-upstream',
  'docker-dns',
])

function guessLocation({ upstream }: LineFacts, runtimeClue: SetupClue | undefined) {
  if (upstream === undefined) return null
  // In a container, 127.0.0.1 and a socket are the container's own: the backend runs in a
  // container too (or nginx points at the wrong loopback), never "on the nginx machine".
  if (runtimeClue !== undefined && containerClues.has(runtimeClue))
    return { value: 'container', clue: runtimeClue, evidence: upstream.address }
  if (upstream.socket !== null)
    return { value: 'same-host', clue: 'unix-socket' as const, evidence: upstream.address }
  if (LOOPBACK.test(upstream.host))
    return { value: 'same-host', clue: 'loopback-upstream' as const, evidence: upstream.address }
  if (CONTAINER_ADDRESS.test(upstream.host))
    return { value: 'container', clue: 'container-address' as const, evidence: upstream.address }
  if (upstream.port !== null)
    return { value: 'other-host', clue: 'remote-address' as const, evidence: upstream.address }
  return null
}

const GUESSES: readonly [SetupQuestion, Guess][] = [
  ['backend', guessBackend],
  ['runtime', guessRuntime],
]

/**
 * The setup answers a log gives away, each with the clue it came from: the backend from the
 * upstream's protocol and socket (`fastcgi://…php8.2-fpm.sock` is PHP-FPM) and from its own
 * lines, how it runs from the log's wrapper and manager lines, where it lives from the
 * upstream address (inside containers, loopback is the container's own), the distribution
 * from SELinux. Only what the log shows is answered; the rest stays for the person.
 */
export function inferSetup(findings: readonly Finding[]): InferredSetup {
  const found: Partial<Record<SetupQuestion, Found>> = {}
  for (const { sample, examples } of findings) {
    const text = [sample.message ?? '', ...examples.map((e) => e.text)].join('\n')
    for (const [question, guess] of GUESSES) {
      const answer = found[question] === undefined ? guess(sample, text) : null
      if (answer !== null) found[question] = answer
    }
  }
  const runtimeClue = found.runtime?.clue
  for (const { sample, upstreams, cause } of findings) {
    if (found.location === undefined && upstreams.length > 0) {
      const location = guessLocation(sample, runtimeClue)
      if (location !== null) found.location = location
    }
    if (cause === 'selinux-denied' && found.distro === undefined)
      found.distro = { value: 'rhel', clue: 'selinux-denial', evidence: 'avc: denied' }
  }
  return found as InferredSetup
}

/**
 * The setup a diagnosis works with: the log's guesses, less those the person is not sure of,
 * under the person's own answers.
 */
export function setupInEffect(
  inferred: InferredSetup,
  given: SetupAnswers,
  unsure: readonly SetupQuestion[] = [],
): SetupAnswers {
  const guessed: Record<string, string> = {}
  for (const [question, guess] of Object.entries(inferred)) {
    if (!unsure.includes(question as SetupQuestion)) guessed[question] = guess.value
  }
  return { ...(guessed as SetupAnswers), ...given }
}
