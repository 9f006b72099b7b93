import type { InferredSetup, SetupGuess } from '../fix/infer-setup.ts'
import type { SetupAnswers } from '../fix/types.ts'
import { written } from './checks/edit.ts'
import { ENVSUBST, isIpAddress, isLoopback, passTarget, type PassTarget } from './pass-target.ts'
import type { Directive, ParsedConfig } from './types.ts'
import { placedDirectives, upstreamBlocks } from './walk.ts'

// Docker's embedded DNS answers at 127.0.0.11 inside every user-defined network.
const DOCKER_DNS = '127.0.0.11'
const KUBE_DNS = /kube-dns|\.svc\.cluster\.local\b/

type Guess<Q extends keyof SetupAnswers> = SetupGuess<NonNullable<SetupAnswers[Q]>>

const text = (d: Directive): string => `${written(d)};`

function backendOf(passes: readonly { d: Directive; t: PassTarget }[]): Guess<'backend'> | null {
  const fcgi = passes.find((p) => p.t.directive === 'fastcgi_pass')
  if (fcgi !== undefined) {
    const php = /php[\d.]*-fpm/.test(fcgi.t.socket ?? '')
    return {
      value: 'php-fpm',
      clue: php ? 'config-php-socket' : 'config-fastcgi',
      evidence: text(fcgi.d),
    }
  }
  const uwsgi = passes.find((p) => p.t.directive === 'uwsgi_pass')
  return uwsgi === undefined
    ? null
    : { value: 'uwsgi', clue: 'config-uwsgi', evidence: text(uwsgi.d) }
}

/** A bare name with a port, neither a group nor loopback: a Compose or Kubernetes service. */
function serviceName(t: PassTarget, groups: ReadonlyMap<string, Directive>): boolean {
  return (
    !t.variable &&
    !t.template &&
    t.socket === null &&
    t.port !== null &&
    !groups.has(t.host) &&
    !isIpAddress(t.host) &&
    !isLoopback(t.host) &&
    !t.host.includes('.')
  )
}

/**
 * The setup answers a configuration gives away, each with the line that shows it: the backend
 * from `fastcgi_pass`/`uwsgi_pass` (a `php8.2-fpm.sock` socket is PHP-FPM), containers from
 * Docker's resolver `127.0.0.11`, Kubernetes' DNS names, the official image's envsubst
 * templates (`${BACKEND_HOST}`) and service names (`php:9000`) as backends.
 */
export function setupFromConfig(config: ParsedConfig): InferredSetup {
  const placed = placedDirectives(config.main)
  const groups = upstreamBlocks(config.main)
  const passes = placed.flatMap(({ directive: d }) => {
    const t = passTarget(d)
    return t === null ? [] : [{ d, t }]
  })
  // A group's servers are backends too: `server app:5000;`.
  const servers = placed.flatMap(({ directive: d, parents }) => {
    const t =
      d.name === 'server' && parents.at(-1)?.name === 'upstream'
        ? passTarget({ ...d, name: 'proxy_pass' })
        : null
    return t === null ? [] : [{ d, t }]
  })
  const found: InferredSetup = {}
  const backend = backendOf(passes)
  if (backend !== null) found.backend = backend
  const all = placed.map((p) => p.directive)
  const resolver = all.find((d) => d.name === 'resolver' && d.args.includes(DOCKER_DNS))
  const kube = all.find((d) => d.args.some((a) => KUBE_DNS.test(a)))
  const envsubst = all.find((d) => d.args.some((a) => a.replace(ENVSUBST, '') !== a))
  const service = [...passes, ...servers].find((p) => serviceName(p.t, groups))
  if (kube !== undefined) {
    found.runtime = { value: 'kubernetes', clue: 'config-kube-dns', evidence: text(kube) }
  } else if (resolver !== undefined) {
    found.runtime = { value: 'docker', clue: 'config-docker-dns', evidence: text(resolver) }
  } else if (envsubst !== undefined) {
    found.runtime = { value: 'docker', clue: 'config-envsubst', evidence: text(envsubst) }
  }
  if (found.runtime !== undefined) {
    found.location = { ...found.runtime, value: 'container' }
  } else if (service !== undefined) {
    found.location = { value: 'container', clue: 'config-service-name', evidence: text(service.d) }
  }
  return found
}

// A log's guess that nginx and the backend share a machine: inside a container, the config
// shows, that loopback or socket is the container's own.
const SAME_MACHINE_CLUES = new Set(['loopback-upstream', 'unix-socket'])

/**
 * The log's guesses with the configuration's filling the questions the log left open; where
 * the log guessed "the same machine" only from a loopback address or socket and the config
 * shows containers, the config's answer stands.
 */
export function withConfigSetup(fromLog: InferredSetup, fromConfig: InferredSetup): InferredSetup {
  const merged: InferredSetup = { ...fromConfig, ...fromLog }
  const logLocation = fromLog.location
  if (
    fromConfig.location !== undefined &&
    logLocation !== undefined &&
    SAME_MACHINE_CLUES.has(logLocation.clue)
  ) {
    merged.location = fromConfig.location
  }
  return merged
}
