import { useEffect, useMemo, useState } from 'react'
import type { Finding } from '../core/log/finding.ts'
import { useLogStore } from '../store/log-store.ts'
import type * as Engine from './config-engine.ts'
import type { ConfigCheck } from './config-engine.ts'

type ConfigEngine = typeof Engine

/** The pasted config, checked; or why it could not be (the text stays in its box). */
export type ConfigState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'failed'; reason: 'load' | 'check' }
  | { kind: 'checked'; check: ConfigCheck }

let loaded: ConfigEngine | null = null

/**
 * The pasted config read, checked and joined with the log's findings. Its parser and checks
 * load only once a config is pasted; it is read again only when the config changes, and
 * checked again when the findings or the person's setup answers do.
 */
export function useConfigCheck(findings: readonly Finding[]): ConfigState {
  const text = useLogStore((s) => s.configText)
  const answered = useLogStore((s) => s.setup)
  const unsure = useLogStore((s) => s.unsure)
  const wanted = /\S/.test(text)
  const [engine, setEngine] = useState<ConfigEngine | null>(loaded)
  const [loadFailed, setLoadFailed] = useState(false)
  useEffect(() => {
    if (!wanted || engine !== null) return
    let live = true
    import('./config-engine.ts').then(
      (module) => {
        loaded = module
        if (live) setEngine(module)
      },
      () => {
        if (live) setLoadFailed(true)
      },
    )
    return () => {
      live = false
    }
  }, [wanted, engine])
  const read = useMemo(() => {
    if (engine === null || !wanted) return null
    try {
      return engine.readConfig(text)
    } catch {
      return 'failed' as const
    }
  }, [engine, text, wanted])
  return useMemo((): ConfigState => {
    if (!wanted) return { kind: 'none' }
    if (loadFailed) return { kind: 'failed', reason: 'load' }
    if (engine === null || read === null) return { kind: 'loading' }
    if (read === 'failed') return { kind: 'failed', reason: 'check' }
    try {
      return { kind: 'checked', check: engine.checkReadConfig(read, findings, answered, unsure) }
    } catch {
      return { kind: 'failed', reason: 'check' }
    }
  }, [wanted, loadFailed, engine, read, findings, answered, unsure])
}
