import { useMemo } from 'react'
import { ConfigFindings } from '../components/config-findings.tsx'
import { inferSetup, setupInEffect } from '../core/fix/infer-setup.ts'
import type { Finding } from '../core/log/finding.ts'
import { useLogStore } from '../store/log-store.ts'
import { checkPastedConfig } from './config-engine.ts'
import '../styles/config.css'

/** The pasted config's mistakes, tied to the log's findings. Loaded with the config checks. */
export function ConfigPanel({ findings }: { findings: readonly Finding[] }) {
  const text = useLogStore((s) => s.configText)
  const answered = useLogStore((s) => s.setup)
  const unsure = useLogStore((s) => s.unsure)
  const result = useMemo(() => {
    const setup = setupInEffect(inferSetup(findings), answered, unsure)
    return checkPastedConfig(text, findings, setup)
  }, [text, findings, answered, unsure])
  return <ConfigFindings {...result} />
}
