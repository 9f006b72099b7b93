import { useRef, useState } from 'react'
import { ExamplePicker } from '../components/example-picker.tsx'
import { ReplaceConfirm } from '../components/replace-confirm.tsx'
import { SAMPLES, loadSample, type Sample } from '../content/samples.ts'
import { useLogStore } from '../store/log-store.ts'

interface Asking {
  sample: Sample
  text: string
}

/** "Try an example", asking first when the box holds text the user typed. */
export function ExamplesPanel() {
  const setLogText = useLogStore((s) => s.setLogText)
  const appendLogText = useLogStore((s) => s.appendLogText)
  const [loading, setLoading] = useState<string | null>(null)
  const [asking, setAsking] = useState<Asking | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  // Replacing one example with another needs no question: nothing of the user's is lost.
  const lastExample = useRef<string | null>(null)

  const replace = (text: string): void => {
    setLogText(text)
    lastExample.current = text
    setAsking(null)
  }

  const pick = async (sample: Sample): Promise<void> => {
    setLoading(sample.id)
    setFailed(null)
    try {
      const text = await loadSample(sample.id)
      const current = useLogStore.getState().logText
      if (current.trim() === '' || current === lastExample.current) replace(text)
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

  return (
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
}
