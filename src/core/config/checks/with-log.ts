import { FAMILY } from '../defaults.ts'
import type { CauseId } from '../../causes.ts'
import type { Finding } from '../../log/finding.ts'
import type { PassTarget } from '../pass-target.ts'
import { addressOf, routesOf } from '../routes.ts'
import type { Directive } from '../types.ts'
import { inForce, type Placed } from '../walk.ts'
import { addAfter, replaceOnLine, written, edits, mistakeAt } from './edit.ts'
import type { Check, CheckInput, ConfigMistake } from './types.ts'

function withFinding(
  cause: CauseId,
  input: CheckInput,
  each: (f: Finding, p: Placed, t: PassTarget) => ConfigMistake | null,
): ConfigMistake[] {
  const out: ConfigMistake[] = []
  for (const finding of input.findings.filter((f) => f.cause === cause)) {
    for (const { placed, target } of routesOf(finding, input.placed, input.upstreams)) {
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
