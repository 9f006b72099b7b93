import { ConfigFindings } from '../components/config-findings.tsx'
import type { ConfigCheck } from './config-engine.ts'
import '../styles/config.css'

/** The pasted config's mistakes, tied to the log's findings. Loaded with the config checks. */
export function ConfigPanel({ check }: { check: ConfigCheck }) {
  return (
    <ConfigFindings
      found={check.found}
      edited={check.edited}
      problems={check.problems}
      apply={check.apply}
    />
  )
}
