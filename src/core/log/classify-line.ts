import type { CauseId } from '../causes.ts'
import { ACCESS_HEAD, parseAccessEntry } from './access-line.ts'
import { classifyErrorEntry } from './classify-error.ts'
import { ERROR_HEAD, parseErrorEntry, parseErrorFragment } from './error-line.ts'
import { classifyOtherLine } from './other-lines.ts'
import type { LineFacts } from './types.ts'
import { cutTrailingColumns, unwrapLine } from './unwrap.ts'

/** The classification of one entry (one line, or wrapped lines joined back together). */
export interface Classified {
  cause: CauseId | null
  facts: LineFacts
  /** The entry's text without its wrapper: what a person would quote as evidence. */
  text: string
  /**
   * The facts as JSON text, exactly `JSON.stringify(facts)`, when the reader wrote it on the
   * way (see quick-classify.ts): printing a million lines then need not serialise them again.
   */
  factsJson?: string | undefined
}

/**
 * Classifies one log entry: finds the nginx error or access line inside whatever wraps it,
 * or recognises a line from another program that explains a 502. Never throws.
 */
export function classifyLine(raw: string): Classified {
  const { text, wrapperTime } = unwrapLine(raw)
  const result = classifyUnwrapped(text)
  if (wrapperTime !== undefined) result.facts.extra = { ...result.facts.extra, wrapperTime }
  return result
}

function classifyUnwrapped(text: string): Classified {
  const head = ERROR_HEAD.exec(text)
  if (head !== null) {
    const entry = cutTrailingColumns(text, head.index)
    const facts = parseErrorEntry(entry, head)
    const wrapper = head.index === 0 ? null : wrapperOf(text.slice(0, head.index))
    if (wrapper !== null) facts.extra = { ...facts.extra, wrapper }
    return fromError(entry, facts)
  }
  if (text.includes('] "')) {
    const access = ACCESS_HEAD.exec(text)
    if (access !== null) {
      const entry = cutTrailingColumns(text, access.index)
      const facts = parseAccessEntry(entry, access)
      const gateway = facts.status === 502 || facts.status === 504
      return { cause: gateway ? 'access-log-502' : null, facts, text: entry }
    }
  }
  const fragment = parseErrorFragment(text)
  if (fragment !== null) return fromError(fragment.entry, fragment.facts)
  const other = classifyOtherLine(text)
  if (other !== null) return { ...other, text }
  return { cause: null, facts: { source: 'unknown' }, text }
}

/** What a prefix says about how nginx runs: it chooses fix variants (Docker, Kubernetes ...). */
function wrapperOf(prefix: string): string | null {
  if (/\S {1,8}\| $/.test(prefix)) return 'docker-compose'
  if (/\[pod\/|^[IWE]\d{4} [\d:.]{8,20} {1,4}\d{1,10} [\w.-]{1,80}\.go:\d{1,6}\]/.test(prefix))
    return 'kubernetes'
  if (/\bnginx\[\d{1,10}\]: $/.test(prefix)) return 'journald'
  return null
}

function fromError(text: string, facts: LineFacts): Classified {
  if (facts.level === 'debug') return { cause: null, facts, text }
  const verdict = classifyErrorEntry(facts)
  if (verdict.status !== undefined) facts.status = verdict.status
  if (verdict.lookalike !== undefined) facts.lookalike = verdict.lookalike
  if (verdict.alternative !== undefined) facts.alternative = verdict.alternative
  return { cause: verdict.cause, facts, text }
}
