import { useEffect, useState } from 'react'
import type { DecodeFailure } from '../core/permalink/codec.ts'
import type { SharedDiagnosis } from '../core/permalink/restore.ts'
import { withSharedCounts } from '../core/share/shared-counts.ts'
import { useLogStore } from '../store/log-store.ts'
import type { Diagnosis } from './diagnose.ts'

/** The fragment this tab last wrote for its own work: a reload must not read it as shared. */
const OWN_LINK_KEY = '502-doctor.own-link'

/** Remembers the address-bar link of the person's own work (see share-section.tsx). */
export function rememberOwnLink(fragment: string): void {
  try {
    sessionStorage.setItem(OWN_LINK_KEY, fragment)
  } catch {
    // Without session storage a reload shows the link as shared; nothing is lost either way.
  }
}

const REASONS: Record<DecodeFailure['reason'], string> = {
  empty: 'The link has nothing after its #.',
  'unknown-format': 'The part after # is not a 502 Doctor diagnosis.',
  'future-version': 'The link was made by a newer version of 502 Doctor than this one.',
  corrupt: 'The link is damaged or cut off (it may have been shortened when it was pasted).',
  invalid: 'The link decodes, but what it holds is not a valid diagnosis.',
}

/**
 * Opens the permalink in the address bar once, on arrival. Returns why it failed, if it did.
 * The decoder (and its inflate code) loads only when there is a link to read.
 */
export function useOpenLink(): string | null {
  const openShared = useLogStore((s) => s.openShared)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    const fragment = location.hash.slice(1)
    if (fragment === '' || fragment === readOwnLink()) return undefined
    let live = true
    void import('../core/permalink/codec.ts').then(({ decodePermalink }) => {
      if (!live) return
      const decoded = decodePermalink(fragment)
      if (decoded.ok) openShared(decoded.diagnosis)
      else setProblem(REASONS[decoded.reason])
    })
    return () => {
      live = false
    }
  }, [openShared])
  return problem
}

function readOwnLink(): string | null {
  try {
    return sessionStorage.getItem(OWN_LINK_KEY)
  } catch {
    return null
  }
}

/** The findings with the sender's totals while a shared link is shown. */
export function withShared(
  diagnosis: Diagnosis | null,
  shared: SharedDiagnosis | null,
): Diagnosis | null {
  if (diagnosis === null || shared?.counts === undefined) return diagnosis
  const byCause = new Map(diagnosis.findings.map((f) => [f.finding.cause, f]))
  const findings = withSharedCounts(
    diagnosis.findings.map((f) => f.finding),
    shared,
  ).map((finding) => ({ ...byCause.get(finding.cause)!, finding }))
  return { ...diagnosis, findings }
}

/** Says that a shared diagnosis is shown and offers the way forward. */
export function SharedBanner() {
  const shared = useLogStore((s) => s.shared)
  const leaveShared = useLogStore((s) => s.leaveShared)
  const keepShared = useLogStore((s) => s.keepShared)
  if (shared === null) return null
  const clearHash = () => history.replaceState(history.state, '', location.pathname)
  return (
    <div className="note note-strong shared-banner" role="status">
      <p>
        <strong>Shared diagnosis.</strong> Someone sent you this link; it shows what they saw
        {shared.whole === true ? '.' : ' (a few lines per finding, with their totals).'} Your own
        work in this browser is kept aside, unchanged.
      </p>
      <button type="button" onClick={keepShared}>
        Continue from this diagnosis
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          clearHash()
          void leaveShared()
        }}
      >
        Back to my own work
      </button>
    </div>
  )
}

/** A link that could not be opened: what went wrong, and that nothing was lost. */
export function LinkProblem({ reason }: { reason: string }) {
  return (
    <div className="note note-strong" role="alert">
      <p>
        <strong>This link could not be opened.</strong> {reason} Your own work is untouched. Ask for
        the link again, or paste the log lines themselves below.
      </p>
    </div>
  )
}
