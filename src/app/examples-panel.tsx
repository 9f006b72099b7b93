import { useState, useSyncExternalStore } from 'react'
import { ExamplePicker } from '../components/example-picker.tsx'
import { ReplaceConfirm } from '../components/replace-confirm.tsx'
import { SAMPLES, loadSample, type Sample } from '../content/samples.ts'
import { useLogStore } from '../store/log-store.ts'

interface Asking {
  sample: Sample
  text: string
}

// Up to a phone's width the page is one column: examples under the box would push the
// diagnosis below the fold, so once the box holds a log they fold up after the findings.
const NARROW = '(max-width: 700px)'

function subscribeNarrow(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined
  const query = matchMedia(NARROW)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

function isNarrow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(NARROW).matches
}

/** True when the examples go after the findings, folded: a narrow screen and a log in the box. */
export function useExamplesLater(logText: string): boolean {
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false)
  return narrow && logText.trim() !== ''
}

// Replacing one example with another needs no question: nothing of the user's is lost. Kept
// outside the panel, which moves (and so remounts) when a log arrives on a phone.
const lastExample = { text: null as string | null }

export interface ExamplesPanelProps {
  /** Folded into a closed "Try an example" disclosure (placed after the findings). */
  folded?: boolean
}

/** "Try an example", asking first when the box holds text the user typed. */
export function ExamplesPanel({ folded = false }: ExamplesPanelProps) {
  const setLogText = useLogStore((s) => s.setLogText)
  const appendLogText = useLogStore((s) => s.appendLogText)
  const [loading, setLoading] = useState<string | null>(null)
  const [asking, setAsking] = useState<Asking | null>(null)
  const [failed, setFailed] = useState<string | null>(null)

  const replace = (text: string): void => {
    setLogText(text)
    lastExample.text = text
    setAsking(null)
  }

  const pick = async (sample: Sample): Promise<void> => {
    setLoading(sample.id)
    setFailed(null)
    try {
      const text = await loadSample(sample.id)
      const current = useLogStore.getState().logText
      if (current.trim() === '' || current === lastExample.text) replace(text)
      else setAsking({ sample, text })
    } catch {
      setFailed(sample.title)
    } finally {
      setLoading(null)
    }
  }

  const onPick = (id: string): void => {
    const sample = SAMPLES.find((s) => s.id === id)
    if (sample !== undefined && loading === null) void pick(sample)
  }

  const panel = (
    <>
      <ExamplePicker samples={SAMPLES} onPick={onPick} loading={loading} />
      {failed !== null && (
        <p className="note" role="alert">
          Could not load the “{failed}” example. Reload the page and try again.
        </p>
      )}
      {asking !== null && (
        <ReplaceConfirm
          exampleTitle={asking.sample.title}
          onReplace={() => replace(asking.text)}
          onAppend={() => {
            appendLogText(asking.text)
            setAsking(null)
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  )
  if (!folded) return panel
  return (
    <details className="examples-folded">
      <summary>Try an example</summary>
      {panel}
    </details>
  )
}
