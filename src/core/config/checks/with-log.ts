import type { CauseId } from '../../causes.ts'
import type { Finding } from '../../log/finding.ts'
import { passTarget, type PassTarget } from '../pass-target.ts'
import type { Directive } from '../types.ts'
import { inForce, type Placed } from '../walk.ts'
import { addAfter, replaceOnLine, written, edits, mistakeAt } from './edit.ts'
import type { Check, CheckInput, ConfigMistake } from './types.ts'

/** The prefix of the `*_buffer_size`/`*_read_timeout` family each `*_pass` uses. */
const FAMILY: Record<PassTarget['directive'], string> = {
  proxy_pass: 'proxy',
  fastcgi_pass: 'fastcgi',
  uwsgi_pass: 'uwsgi',
  grpc_pass: 'grpc',
  scgi_pass: 'scgi',
}

const addressOf = (t: PassTarget): string =>
  t.socket !== null ? `unix:${t.socket}` : t.port === null ? t.host : `${t.host}:${t.port}`

/**
 * The `*_pass` directives the finding's requests went through: its upstream address, socket or
 * group is the one written, or a server of the group written.
 */
export function passesOf(
  finding: Finding,
  input: CheckInput,
): { placed: Placed; target: PassTarget }[] {
  const addresses = new Set(finding.upstreams.map((u) => u.address))
  const out: { placed: Placed; target: PassTarget }[] = []
  for (const placed of input.placed) {
    const target = passTarget(placed.directive)
    if (target === null || target.variable) continue
    const group = input.upstreams.get(target.host)
    const servers = (group?.block ?? [])
      .filter((d) => d.name === 'server')
      .map((d) => d.args[0] ?? '')
    if (
      addresses.has(addressOf(target)) ||
      addresses.has(target.host) ||
      servers.some((s) => addresses.has(s))
    )
      out.push({ placed, target })
  }
  return out
}

function withFinding(
  cause: CauseId,
  input: CheckInput,
  each: (f: Finding, p: Placed, t: PassTarget) => ConfigMistake | null,
): ConfigMistake[] {
  const out: ConfigMistake[] = []
  for (const finding of input.findings.filter((f) => f.cause === cause)) {
    for (const { placed, target } of passesOf(finding, input)) {
      const mistake = each(finding, placed, target)
      if (mistake !== null) out.push(mistake)
    }
  }
  return out
}

/** The one in force for the pass's location, or undefined when nginx's default applies. */
function setting(name: string, placed: Placed, input: CheckInput): Directive | undefined {
  return inForce(name, placed.parents, input.config.main)[0]
}

/** The log says the headers did not fit: the buffer in force where those requests went. */
export const headerBufferTooSmall: Check = (input) =>
  withFinding('header-too-big', input, (_, placed, target) => {
    const family = FAMILY[target.directive]
    const size = setting(`${family}_buffer_size`, placed, input)
    const at = size ?? placed.directive
    // Valid together: busy buffers at least the header buffer and one buffer, below all but one.
    const fix = `${family}_buffer_size 16k; ${family}_buffers 8 16k; ${family}_busy_buffers_size 32k;`
    return mistakeAt('header-buffer-too-small', at, 'error', {
      target: addressOf(target),
      edits: edits(size === undefined ? addAfter(input.config, placed.directive, fix) : undefined),
    })
  })

/** The log shows requests timing out: the read time-out in force where they went. */
export const readTimeoutTooShort: Check = (input) =>
  withFinding('upstream-read-timeout', input, (_, placed, target) => {
    const family = FAMILY[target.directive]
    const timeout = setting(`${family}_read_timeout`, placed, input)
    const at = timeout ?? placed.directive
    return {
      check: 'read-timeout-too-short',
      file: at.file,
      line: at.line,
      directive: written(at),
      severity: 'warning',
      target: addressOf(target),
      edits: edits(
        timeout === undefined
          ? addAfter(input.config, placed.directive, `${family}_read_timeout 300s;`)
          : replaceOnLine(input.config, timeout, timeout.args[0] ?? '', '300s'),
      ),
    }
  })

/** The socket the log found missing is the one `fastcgi_pass` names. */
export const fastcgiSocketMismatch: Check = (input) =>
  withFinding('socket-missing', input, (_, placed, target) =>
    target.socket === null || target.directive !== 'fastcgi_pass'
      ? null
      : mistakeAt('fastcgi-socket-mismatch', placed.directive, 'error', {
          target: addressOf(target),
        }),
  )
