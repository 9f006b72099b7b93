import { lazy, Suspense } from 'react'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import type { CauseId } from '../core/causes.ts'
import type { FindingInConfig } from '../core/config/in-your-config.ts'
import type { ConfigMistakeRef } from '../components/in-your-config.tsx'
import type { InferredSetup } from '../core/fix/infer-setup.ts'
import type { Finding } from '../core/log/finding.ts'
import '../styles/guide.css'
import '../styles/guide-setup.css'
import '../styles/guide-forms.css'

// The guides are the biggest part of the content: they and the code that shows them load on
// first use, so the start page stays small. Once loaded, opening another guide is instant.
const GuideBody = lazy(() => import('./guide-body.tsx').then((m) => ({ default: m.GuideBody })))

export interface GuidePanelProps {
  cause: CauseId
  /** The finding, when a log shows it: its sample fills the steps, its lines order the fixes. */
  finding?: Finding | undefined
  /** The setup the log gives away (see inferSetup); the person's answers override it. */
  inferred?: InferredSetup | undefined
  /** The first check the finding shows, filled: the guide says what it shows. */
  check?: string | undefined
  /** The pasted config's lines that route the finding's requests, and its settings there. */
  inConfig?: FindingInConfig | undefined
  /** The config mistakes the log confirms for this finding. */
  mistakes?: readonly ConfigMistakeRef[] | undefined
}

const loading = <p className="note">Loading the fix…</p>

const failed = (
  <p className="note" role="alert">
    Could not load the fix. Reload the page and try again.
  </p>
)

/** The whole guide of a cause, with setup and values forms; its steps filled for them. */
export function GuidePanel(props: GuidePanelProps) {
  return (
    <ErrorBoundary resetKey={props.cause} fallback={failed}>
      <Suspense fallback={loading}>
        <GuideBody {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}
