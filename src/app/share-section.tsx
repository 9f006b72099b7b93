import { useEffect, useMemo, useRef, useState } from 'react'
import { SharePanel, type ShareOptions } from '../components/share-panel.tsx'
import { CAUSE_SUMMARIES } from '../content/causes.ts'
import { slotValuesFromFacts } from '../core/fix/fill-template.ts'
import { encodePermalink } from '../core/permalink/codec.ts'
import { diagnosisMarkdown } from '../core/share/markdown.ts'
import { buildShare } from '../core/share/payload.ts'
import { createRedactor, REDACT_ALL } from '../core/share/redact.ts'
import { useLogStore } from '../store/log-store.ts'
import { removeRecent, saveRecent } from '../store/recent.ts'
import type { Finding } from '../core/log/finding.ts'
import { rememberOwnLink } from './shared-link.tsx'
import type { ConfigCheck } from './config-engine.ts'
import type { Diagnosis } from './diagnose.ts'
import type { CauseGuide } from '../core/fix/types.ts'
import type { CauseId } from '../core/causes.ts'
import type * as FixOrder from '../content/fix-order.ts'

/** What a link carries of the config: each mistake's place and directive, to be redacted. */
function sharedConfig(config: ConfigCheck) {
  const mistakes = config.found.map(({ check, file, line, directive, confirmed }) => ({
    check,
    file,
    line,
    directive,
    confirmed,
  }))
  return { mistakes, names: config.names }
}

/** The share panel for the current diagnosis; the address bar follows the link. */
export function ShareSection({
  diagnosis,
  config = null,
}: {
  diagnosis: Diagnosis | null
  /** The pasted config, checked: a link carries its mistakes' lines, never the config. */
  config?: ConfigCheck | null
}) {
  const state = useLogStore()
  const [options, setOptions] = useState<ShareOptions>({ redact: REDACT_ALL, wholeLog: false })
  const findings = useMemo(() => diagnosis?.findings.map((f) => f.finding) ?? [], [diagnosis])
  const { logText, answers, passed, setup, slots, chosen, shared } = state
  const share = useMemo(
    () =>
      buildShare({
        text: logText,
        findings,
        answers,
        passed,
        setup,
        slots,
        chosen,
        wholeLog: options.wholeLog,
        redact: options.redact,
        ...(config === null ? {} : { config: sharedConfig(config) }),
      }),
    [logText, findings, answers, passed, setup, slots, chosen, options, config],
  )
  const fragment = useMemo(() => encodePermalink(share), [share])
  const link = `${location.origin}${location.pathname}#${fragment}`

  useKeepRecent(fragment, findings, shared !== null)

  useEffect(() => {
    // A shared link stays in the address bar as it was opened; otherwise the bar follows.
    if (shared !== null || findings.length === 0) return
    history.replaceState(history.state, '', `#${fragment}`)
    rememberOwnLink(fragment)
  }, [fragment, shared, findings.length])

  const top = findings.find((f) => f.cause === chosen) ?? findings[0]
  const advice = useLazyAdvice()
  const markdown = useMemo(() => {
    if (top === undefined || advice === null) return ''
    const guide = advice.guides[top.cause]
    const fullSetup = advice.setupFor(findings, setup)
    const redact = createRedactor(
      share.lines.length > 0 ? findings.flatMap((f) => f.examples.map((e) => e.text)) : [],
      options.redact,
    )
    const summary = CAUSE_SUMMARIES[top.cause]
    const card = diagnosisMarkdown({
      finding: top,
      title: summary.title,
      plain: summary.plain,
      guide,
      fix: advice.orderedFixes(top, fullSetup)[0]?.offered,
      findings,
      evidence: share.lines.slice(0, 6),
      values: { ...slotValuesFromFacts(top.sample), ...slots },
      setup: fullSetup,
      link,
      ...(share.config === undefined ? {} : { config: share.config }),
    })
    return redact(card)
  }, [top, advice, findings, share, slots, setup, link, options.redact])

  if (findings.length === 0) return null
  return (
    <SharePanel
      link={link}
      preview={share.lines}
      markdown={markdown}
      options={options}
      onOptions={setOptions}
    />
  )
}

interface Advice {
  guides: Readonly<Record<CauseId, CauseGuide>>
  orderedFixes: typeof FixOrder.orderedFixes
  setupFor: typeof FixOrder.setupFor
}

/** The guides and their fix order, loaded with the guides' own lazy chunk (not the start page). */
function useLazyAdvice(): Advice | null {
  const [advice, setAdvice] = useState<Advice | null>(null)
  useEffect(() => {
    let live = true
    void Promise.all([
      import('../content/guides/index.ts'),
      import('../content/fix-order.ts'),
    ]).then(
      ([{ CAUSE_GUIDES }, { orderedFixes, setupFor }]) =>
        live && setAdvice({ guides: CAUSE_GUIDES, orderedFixes, setupFor }),
    )
    return () => {
      live = false
    }
  }, [])
  return advice
}

/**
 * Keeps this diagnosis in the recent list once it has been still for a few seconds; while the
 * person keeps editing, the same entry is updated rather than a new one added each time.
 */
function useKeepRecent(fragment: string, findings: readonly Finding[], shared: boolean): void {
  const entry = useRef<string | null>(null)
  useEffect(() => {
    if (shared || findings.length === 0) return undefined
    const timer = setTimeout(() => {
      if (entry.current !== null) removeRecent(entry.current)
      const summary = findings.map((f) => ({ cause: f.cause, lines: f.lines }))
      entry.current = saveRecent({ summary, link: fragment })[0]?.id ?? null
    }, 3000)
    return () => clearTimeout(timer)
  }, [fragment, findings, shared])
}
