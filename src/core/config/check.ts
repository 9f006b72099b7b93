import type { CauseId } from '../causes.ts'
import type { SetupAnswers } from '../fix/types.ts'
import type { Finding } from '../log/finding.ts'
import { CONFIG_CHECK_EXPLAINS, type ConfigCheckId } from './check-ids.ts'
import {
  hostnameResolvedOnce,
  localhostIpv6First,
  loopbackInContainer,
  protocolMismatch,
  proxyLoop,
  sslWithoutSni,
} from './checks/addresses.ts'
import {
  maxFailsSingleServer,
  nextUpstreamNonIdempotent,
  serverMarkedDown,
  variablePassWithoutResolver,
  workerConnectionsOverNofile,
} from './checks/groups.ts'
import {
  connectionHeaderForced,
  keepaliveTimeoutOverBackendIdle,
  keepaliveWithoutHttp11,
} from './checks/keepalive.ts'
import { socketOwnerMismatch } from './checks/sockets.ts'
import type { Check, ConfigMistake } from './checks/types.ts'
import {
  fastcgiSocketMismatch,
  headerBufferTooSmall,
  readTimeoutTooShort,
} from './checks/with-log.ts'
import type { Directive, ParsedConfig } from './types.ts'
import { sameAddress } from './routes.ts'
import { setupFromConfig } from './setup-from-config.ts'
import { setupInEffect } from '../fix/infer-setup.ts'
import { placedDirectives, upstreamBlocks } from './walk.ts'

/**
 * The check of every id. `socket-owner-mismatch` reads the PHP-FPM pool pasted with the
 * config (no nginx config holds `listen.owner`); without one it finds nothing.
 */
export const CHECKS: Readonly<Record<ConfigCheckId, Check | null>> = {
  'localhost-ipv6-first': localhostIpv6First,
  'loopback-in-container': loopbackInContainer,
  'keepalive-without-http11': keepaliveWithoutHttp11,
  'connection-header-forced': connectionHeaderForced,
  'keepalive-timeout-over-backend-idle': keepaliveTimeoutOverBackendIdle,
  'variable-pass-without-resolver': variablePassWithoutResolver,
  'hostname-resolved-once': hostnameResolvedOnce,
  'header-buffer-too-small': headerBufferTooSmall,
  'read-timeout-too-short': readTimeoutTooShort,
  'fastcgi-socket-mismatch': fastcgiSocketMismatch,
  'socket-owner-mismatch': socketOwnerMismatch,
  'protocol-mismatch': protocolMismatch,
  'ssl-upstream-without-sni': sslWithoutSni,
  'max-fails-single-server': maxFailsSingleServer,
  'server-marked-down': serverMarkedDown,
  'next-upstream-non-idempotent': nextUpstreamNonIdempotent,
  'worker-connections-over-nofile': workerConnectionsOverNofile,
  'proxy-loop': proxyLoop,
}

/** A mistake with the causes it explains, and whether the log given with it shows them. */
export interface ConfigFinding extends ConfigMistake {
  explains: CauseId[]
  confirmed: boolean
}

const SEVERITY = { error: 0, warning: 1, risk: 2 } as const

function confirmedBy(
  mistake: ConfigMistake,
  findings: readonly Finding[],
  upstreams: ReadonlyMap<string, Directive>,
): boolean {
  if (mistake.raisedBy !== undefined) return true
  const explains: readonly CauseId[] = CONFIG_CHECK_EXPLAINS[mistake.check]
  const target = mistake.target
  // A group is its servers: the log names the server it reached, or the group when none was.
  const group = target === undefined ? undefined : upstreams.get(target)
  const targets =
    group === undefined
      ? [target]
      : [target, ...(group.block ?? []).filter((d) => d.name === 'server').map((d) => d.args[0])]
  return findings.some(
    (f) =>
      explains.includes(f.cause) &&
      (target === undefined ||
        f.upstreams.length === 0 ||
        f.upstreams.some((u) => targets.some((t) => t !== undefined && sameAddress(u.address, t)))),
  )
}

/**
 * Runs every check over a parsed configuration, with the log's findings and setup when given,
 * and orders the mistakes as the person should act on them: those the log confirms first,
 * then by severity, then by place.
 */
export function checkConfig(
  config: ParsedConfig,
  log: { findings?: readonly Finding[]; setup?: SetupAnswers } = {},
): ConfigFinding[] {
  const findings = log.findings ?? []
  const input = {
    config,
    placed: placedDirectives(config.main),
    upstreams: upstreamBlocks(config.main),
    findings,
    // What the config shows of the setup fills what the log and the person did not say.
    setup: { ...setupInEffect(setupFromConfig(config), {}), ...log.setup },
  }
  const found: ConfigFinding[] = []
  for (const check of Object.values(CHECKS)) {
    if (check === null) continue
    for (const mistake of check(input)) {
      found.push({
        ...mistake,
        explains: [...CONFIG_CHECK_EXPLAINS[mistake.check]],
        confirmed: confirmedBy(mistake, findings, input.upstreams),
      })
    }
  }
  return found.sort(
    (a, b) =>
      Number(b.confirmed) - Number(a.confirmed) ||
      SEVERITY[a.severity] - SEVERITY[b.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  )
}
