import { FAMILY } from '../defaults.ts'
import type { CauseId } from '../../causes.ts'
import type { Finding } from '../../log/finding.ts'
import type { PassTarget } from '../pass-target.ts'
import { addressOf, routesOf } from '../routes.ts'
import type { Directive } from '../types.ts'
import { inForce, type Placed } from '../walk.ts'
import { addAfter, replaceOnLine, setValue, written, edits, mistakeAt } from './edit.ts'
import type { Check, CheckInput, ConfigEdit, ConfigMistake } from './types.ts'

function withFinding(
  cause: CauseId,
  input: CheckInput,
  each: (f: Finding, p: Placed, t: PassTarget) => ConfigMistake | null,
): ConfigMistake[] {
  const out: ConfigMistake[] = []
  for (const finding of input.findings.filter((f) => f.cause === cause)) {
    for (const { placed, target } of routesOf(finding, input.placed, input.upstreams)) {
      const mistake = each(finding, placed, target)
      if (mistake !== null) out.push({ ...mistake, raisedBy: cause })
    }
  }
  return out
}

/** The one in force for the pass's location, or undefined when nginx's default applies. */
function setting(name: string, placed: Placed, input: CheckInput): Directive | undefined {
  return inForce(name, placed.parents, input.config.main)[0]
}

/** A size as nginx writes it (`4k`, `1m`, `8192`), in kilobytes; null when unreadable. */
function kilobytes(text: string | undefined): number | null {
  const m = /^(\d{1,9})([kKmM]?)$/.exec(text ?? '')
  if (m === null) return null
  const n = Number(m[1])
  return m[2] === '' ? n / 1024 : /m/i.test(m[2]!) ? n * 1024 : n
}

/**
 * The log says the headers did not fit: the buffer in force where those requests went, raised
 * to twice what it is (32k at least), with the buffers nginx checks it against: 8 of the same
 * size, busy buffers twice one (at least one buffer, less than all but one).
 */
export const headerBufferTooSmall: Check = (input) =>
  withFinding('header-too-big', input, (_, placed, target) => {
    const family = FAMILY[target.directive]
    const size = setting(`${family}_buffer_size`, placed, input)
    const now = size === undefined ? 4 : (kilobytes(size.args[0]) ?? 4)
    const next = Math.max(32, 2 * Math.ceil(now))
    const wanted: [string, string][] = [
      [`${family}_buffer_size`, `${next}k`],
      [`${family}_buffers`, `8 ${next}k`],
      [`${family}_busy_buffers_size`, `${2 * next}k`],
    ]
    const changed: (ConfigEdit | undefined)[] = []
    const added: string[] = []
    for (const [name, value] of wanted) {
      const set = setting(name, placed, input)
      if (set === undefined) added.push(`${name} ${value};`)
      else changed.push(setValue(input.config, set, value))
    }
    const add =
      added.length === 0 ? undefined : addAfter(input.config, placed.directive, added.join(' '))
    return mistakeAt('header-buffer-too-small', size ?? placed.directive, 'error', {
      target: addressOf(target),
      edits: edits(...changed, add),
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
