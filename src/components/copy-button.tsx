import { useEffect, useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

/**
 * Copies `text` to the clipboard and says so, on the button and to screen readers. `label`
 * names the button (default "Copy"), e.g. "Copy link".
 */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return undefined
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      // No clipboard outside a secure context or without permission: the text stays selectable.
      setState('failed')
    }
  }

  return (
    <span className="copy">
      <button type="button" className="copy-button" onClick={() => void copy()}>
        {state !== 'copied' ? label : label === 'Copy' ? 'Copied' : `${label}: copied`}
      </button>
      <span role="status" className={state === 'failed' ? 'copy-failed' : 'visually-hidden'}>
        {state === 'copied' && 'Copied to the clipboard'}
        {state === 'failed' && 'Could not copy: select the command and copy it by hand'}
      </span>
    </span>
  )
}
