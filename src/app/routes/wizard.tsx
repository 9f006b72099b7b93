import { Link } from 'react-router'
import { useLogStore } from '../../store/log-store.ts'
import { DecisionPanel } from '../decision-panel.tsx'
import { paths } from '../paths.ts'

/** One question at a time from the start, for someone with no log yet. */
export function WizardRoute() {
  // The log answers for itself on the start page: answers given here would override it.
  const restart = useLogStore((s) => s.restart)
  return (
    <div className="wizard-page">
      <title>Step by step · 502 Doctor</title>
      <h1>Find the cause of a 502, one question at a time</h1>
      <p className="hint">
        No log needed: each question says how to check. Have the error log after all?{' '}
        <Link to={paths.start} onClick={restart}>
          Paste it on the start page
        </Link>
        .
      </p>
      <DecisionPanel findings={[]} heading="Questions" />
    </div>
  )
}
