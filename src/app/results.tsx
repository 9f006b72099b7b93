import { AnnotatedLines } from '../components/annotated-lines.tsx'
import {
  BigPasteNote,
  EmptyNote,
  NothingFoundNote,
  RowsNote,
} from '../components/diagnosis-notes.tsx'
import { plural } from '../components/format.ts'
import type { ConfigCheck } from './config-engine.ts'
import type { Diagnosis } from './diagnose.ts'
import type { PasteReading } from './use-diagnosis.ts'
import { FindingGuides } from './finding-guides.tsx'

/** Above this size a paste gets a note: it is read in full, but that takes a moment. */
export const BIG_PASTE_CHARS = 5_000_000

function Summary({ diagnosis }: { diagnosis: Diagnosis }) {
  const { findings, lineCount } = diagnosis
  if (findings.length === 0) return <NothingFoundNote lineCount={lineCount} />
  return (
    <p className="summary">
      Found {plural(findings.length, 'cause')} in {plural(lineCount, 'line')}.
      {findings.length > 1 &&
        ` Start with the first; ${findings.length === 2 ? 'the other one is' : `the other ${findings.length - 1} are`} listed after its guide.`}
    </p>
  )
}

export interface ResultsProps {
  diagnosis: Diagnosis | null
  pending: boolean
  chars: number
  /** The pasted config, checked with this log (null without one). */
  config?: ConfigCheck | null
  /** A big paste's reading in the background. */
  reading?: PasteReading | null
}

/** The findings and the annotated lines of the current text. */
export function Results(props: ResultsProps) {
  const { diagnosis, pending, chars, config = null, reading = null } = props
  const ready = chars > 0 && diagnosis !== null
  return (
    <>
      <section className="diagnosis" aria-labelledby="diagnosis-heading" aria-busy={pending}>
        <h2 id="diagnosis-heading">Diagnosis</h2>
        {reading !== null && chars > BIG_PASTE_CHARS && (
          <BigPasteNote
            chars={reading.size}
            state={reading.status.state}
            progress={reading.status.progress}
            onCancel={reading.cancel}
            onAgain={reading.again}
          />
        )}
        <div role="status">
          {chars === 0 && <EmptyNote />}
          {chars > 0 && diagnosis === null && <p className="note">Reading your log…</p>}
          {ready && <Summary diagnosis={diagnosis} />}
        </div>
        {ready && <FindingGuides items={diagnosis.findings} config={config} />}
      </section>
      {ready && diagnosis.rows.length > 0 && (
        <section className="your-lines" aria-labelledby="lines-heading">
          <h2 id="lines-heading">Your lines</h2>
          {diagnosis.evidenceOnly && (
            <RowsNote
              lineCount={diagnosis.lineCount}
              shown={diagnosis.rows.length}
              omitted={diagnosis.rowsOmitted}
            />
          )}
          <AnnotatedLines rows={diagnosis.rows} />
        </section>
      )}
    </>
  )
}
