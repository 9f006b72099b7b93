import { lazy, Suspense, useMemo, type DragEvent, type ReactNode } from 'react'
import { ConfigInput } from '../../components/config-input.tsx'
import type { Finding } from '../../core/log/finding.ts'
import { ErrorBoundary } from '../../components/error-boundary.tsx'
import { LogInput } from '../../components/log-input.tsx'
import { LogFileOpen, LogFileStatus } from '../../components/log-file.tsx'
import { useLogStore } from '../../store/log-store.ts'
import { ExamplesPanel, useExamplesLater } from '../examples-panel.tsx'
import { KeepSection } from '../keep-section.tsx'
import { Results } from '../results.tsx'
import { LogDecisionPanel } from '../tree-log-panel.tsx'
import { NoLogLink } from '../tree-no-log-link.tsx'
import { useConfigCheck } from '../use-config-check.ts'
import { useDiagnosis } from '../use-diagnosis.ts'
import { useLogFile, type OpenLogFile } from '../use-log-file.ts'
import { LinkProblem, SharedBanner, useOpenLink, withShared } from '../shared-link.tsx'

// The config parser and its checks load only once a config is pasted.
const ConfigPanel = lazy(() =>
  import('../config-panel.tsx').then((m) => ({ default: m.ConfigPanel })),
)

const NO_FINDINGS: readonly Finding[] = []

// A shared link's config mistakes: rare, so their titles load only then.
const SharedConfig = lazy(() =>
  import('../../components/shared-config.tsx').then((m) => ({ default: m.SharedConfig })),
)

// The share panel brings the compressor and the card writer: loaded after the findings show.
const ShareSection = lazy(() =>
  import('../share-section.tsx').then((m) => ({ default: m.ShareSection })),
)

function LiveResults({
  text,
  examples,
  file,
}: {
  text: string
  examples: ReactNode
  /** An opened log file: its diagnosis stands for the box's while it is open. */
  file: OpenLogFile | null
}) {
  const shown = useDiagnosis(file === null ? text : '')
  const pending = file === null ? shown.pending : file.state === 'reading'
  const shared = useLogStore((s) => s.shared)
  const diagnosis = withShared(file === null ? shown.diagnosis : file.diagnosis, shared)
  const configText = useLogStore((s) => s.configText)
  const findings = useMemo(
    () => diagnosis?.findings.map((f) => f.finding) ?? NO_FINDINGS,
    [diagnosis],
  )
  const config = useConfigCheck(findings)
  const checked = config.kind === 'checked' ? config.check : null
  return (
    <>
      <Results
        diagnosis={diagnosis}
        pending={pending}
        chars={file === null ? text.length : 1}
        config={checked}
        reading={file === null ? shown.reading : null}
      />
      {config.kind === 'loading' && <p className="note">Reading your config…</p>}
      {config.kind === 'failed' && <ConfigFailed />}
      {config.kind === 'none' && shared?.config !== undefined && (
        <Suspense fallback={null}>
          <SharedConfig mistakes={shared.config} />
        </Suspense>
      )}
      {checked !== null && (
        <ErrorBoundary resetKey={configText} fallback={<ConfigFailed />}>
          <Suspense fallback={<p className="note">Reading your config…</p>}>
            <ConfigPanel check={checked} />
          </Suspense>
        </ErrorBoundary>
      )}
      {examples}
      <LogDecisionPanel diagnosis={diagnosis} treeAnswers={checked?.treeAnswers} />
      <Suspense fallback={null}>
        <ShareSection diagnosis={diagnosis} config={checked} />
      </Suspense>
    </>
  )
}

function ConfigFailed() {
  return (
    <p className="note note-strong" role="alert">
      Your config could not be checked. It is still in its box: change it or paste it again.
    </p>
  )
}

function ResultsFailed() {
  return (
    <p className="note note-strong" role="alert">
      Something went wrong while reading this text. It is still in the box: change it or paste again
      to retry.
    </p>
  )
}

/** Paste a log, see why nginx answered 502. */
export function StartRoute() {
  const logText = useLogStore((s) => s.logText)
  const setLogText = useLogStore((s) => s.setLogText)
  const configText = useLogStore((s) => s.configText)
  const setConfigText = useLogStore((s) => s.setConfigText)
  const linkProblem = useOpenLink()
  const logFile = useLogFile()
  const file = logFile.file
  // A file dropped anywhere on the page is opened as a log (the config box takes its own).
  const over = (e: DragEvent) => {
    if (e.dataTransfer.types.includes('Files')) e.preventDefault()
  }
  const drop = (e: DragEvent) => {
    if (e.dataTransfer.files.length === 0) return
    e.preventDefault()
    logFile.open([...e.dataTransfer.files])
  }
  // On a phone, once there is a log, the findings come right after the box.
  const examplesLater = useExamplesLater(logText)
  return (
    <div className="start" onDragOver={over} onDrop={drop}>
      <title>502 Doctor · why nginx says 502 Bad Gateway</title>
      <div className="start-input">
        <h1>Why is nginx answering 502 or 504?</h1>
        {linkProblem !== null && <LinkProblem reason={linkProblem} />}
        <SharedBanner />
        {file === null ? (
          <LogInput
            value={logText}
            onChange={setLogText}
            autoFocus
            aside={<LogFileOpen onOpen={logFile.open} />}
          />
        ) : (
          <LogFileStatus
            names={file.names}
            size={file.size}
            state={file.state}
            progress={file.progress}
            error={file.error}
            onCancel={logFile.cancel}
            onClose={logFile.close}
          />
        )}
        <ConfigInput value={configText} onChange={setConfigText} />
        {!examplesLater && <ExamplesPanel />}
        <NoLogLink />
        <KeepSection />
      </div>
      <div className="start-results">
        <ErrorBoundary resetKey={logText} fallback={<ResultsFailed />}>
          <LiveResults
            text={logText}
            file={file}
            examples={examplesLater ? <ExamplesPanel folded /> : null}
          />
        </ErrorBoundary>
      </div>
    </div>
  )
}
