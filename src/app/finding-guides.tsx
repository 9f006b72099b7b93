import { useMemo, useState } from 'react'
import { FindingsList } from '../components/findings-list.tsx'
import { InstanceTable } from '../components/instance-table.tsx'
import { startHereReason } from '../content/ranking.ts'
import type { CauseId } from '../core/causes.ts'
import { inferSetup, setupInEffect } from '../core/fix/infer-setup.ts'
import { useLogStore } from '../store/log-store.ts'
import type { ConfigCheck } from './config-engine.ts'
import type { DiagnosedFinding } from './diagnose.ts'
import { loadedEngine } from './engine-loader.ts'
import { GuidePanel } from './guide-panel.tsx'

/** The ranked findings; the chosen one (by default the first) opens into its guide. */
export function FindingGuides({
  items: read,
  config = null,
}: {
  items: readonly DiagnosedFinding[]
  /** The pasted config: its setup clues join the log's, its lines show in each guide. */
  config?: ConfigCheck | null
}) {
  const chosen = useLogStore((s) => s.chosen)
  const answered = useLogStore((s) => s.setup)
  const unsure = useLogStore((s) => s.unsure)
  const choose = useLogStore((s) => s.choose)
  // The finding whose fix the person closed: choosing another (here or from the step-by-step
  // panel's "Go to the fix") opens that one.
  const [closed, setClosed] = useState<CauseId | null>(null)
  const fromLog = useMemo(() => inferSetup(read.map((i) => i.finding)), [read])
  const inferred = config?.inferred ?? fromLog
  // The engine picked each first check for the setup the log shows; once the person answers,
  // it picks again for theirs (the engine is loaded: it gave these findings).
  const items = useMemo(() => {
    const engine = loadedEngine()
    if (engine === null || (Object.keys(answered).length === 0 && unsure.length === 0)) return read
    return engine.recheck(read, setupInEffect(inferred, answered, unsure))
  }, [read, inferred, answered, unsure])
  const causes = useMemo(() => items.map((i) => i.finding.cause), [items])
  const current = chosen !== null && causes.includes(chosen) ? chosen : (causes[0] ?? null)
  const open = current === closed ? null : current

  const toggle = (cause: CauseId): void => {
    if (cause === open) {
      setClosed(cause)
    } else {
      choose(cause)
      setClosed(null)
    }
  }

  return (
    <>
      <FindingsList
        items={items}
        open={open}
        reason={startHereReason(items.map((i) => i.finding))}
        onToggle={toggle}
        renderGuide={({ finding, check }) => (
          <GuidePanel
            cause={finding.cause}
            finding={finding}
            inferred={inferred}
            check={check}
            inConfig={config?.byCause[finding.cause]}
            mistakes={config?.found.filter(
              (m) => m.confirmed && m.explains.includes(finding.cause),
            )}
          />
        )}
      />
      <InstanceTable findings={items.map((i) => i.finding)} />
    </>
  )
}
