import { lazy, Suspense } from 'react'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import type { Answers } from '../core/tree/walk.ts'
import type { Diagnosis } from './diagnose.ts'

// The tree, its guides and the flowchart stay out of the start page's first load.
const DecisionPanel = lazy(() =>
  import('./decision-panel.tsx').then((m) => ({ default: m.DecisionPanel })),
)

const failed = (
  <p className="note" role="alert">
    Could not load the step-by-step questions. Reload the page and try again.
  </p>
)

/** The decision tree under the findings, with the answers the pasted log gives filled in. */
export function LogDecisionPanel({
  diagnosis,
  treeAnswers,
}: {
  diagnosis: Diagnosis | null
  /** The questions a pasted config answers. */
  treeAnswers?: Answers | undefined
}) {
  if (diagnosis === null || diagnosis.lineCount === 0) return null
  return (
    <ErrorBoundary resetKey={diagnosis} fallback={failed}>
      <Suspense fallback={null}>
        <DecisionPanel
          findings={diagnosis.findings.map((d) => d.finding)}
          heading="Check it step by step"
          fromConfig={treeAnswers}
        />
      </Suspense>
    </ErrorBoundary>
  )
}
