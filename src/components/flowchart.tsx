import { useEffect, useId, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react'
import { renderMermaid } from '../lib/mermaid.ts'
import { decorateNodes, mermaidIdOf, nodeElement, scrollToNode } from './flowchart-dom.ts'

export interface FlowchartProps {
  /** Mermaid flowchart text (generated from content data only, never from user input). */
  text: string
  dark: boolean
  /** Clickable nodes, by mermaid node id, with the accessible name of what a click does. */
  actions: ReadonlyMap<string, string>
  onSelect: (mermaidId: string) => void
  /** The node the person is at: brought into view, and focused after a click moved there. */
  current: { id: string; label: string }
  /** Names the drawing for assistive technology. */
  label: string
}

type Drawn = { text: string; dark: boolean } & ({ svg: string } | { error: true })

/** Draws a mermaid flowchart whose nodes can be clicked; says so when it cannot be drawn. */
export function Flowchart({ text, dark, actions, onSelect, current, label }: FlowchartProps) {
  const base = `flowchart-${useId().replace(/[^A-Za-z0-9]/g, '')}`
  const renders = useRef(0)
  const box = useRef<HTMLDivElement>(null)
  // Set by a click in the drawing: the new drawing replaces the focused node, so focus goes
  // to where the click led instead of falling back to the page.
  const refocus = useRef(false)
  const [drawn, setDrawn] = useState<Drawn | null>(null)

  useEffect(() => {
    let live = true
    renders.current += 1
    renderMermaid(`${base}-${renders.current}`, text, dark).then(
      (svg) => live && setDrawn({ text, dark, svg }),
      () => live && setDrawn({ text, dark, error: true }),
    )
    return () => {
      live = false
    }
  }, [base, text, dark])

  const svg = drawn !== null && 'svg' in drawn ? drawn.svg : null
  const { id: currentId, label: currentLabel } = current
  useLayoutEffect(() => {
    if (box.current === null || svg === null) return
    decorateNodes(box.current, actions, { id: currentId, label: currentLabel })
    scrollToNode(box.current, currentId)
    if (refocus.current && drawn?.text === text) {
      refocus.current = false
      nodeElement(box.current, currentId)?.focus({ preventScroll: true })
    }
  }, [svg, actions, currentId, currentLabel, drawn, text])

  const select = (event: SyntheticEvent): void => {
    const id = mermaidIdOf(event.target)
    if (id !== null && actions.has(id)) {
      event.preventDefault()
      refocus.current = true
      onSelect(id)
    }
  }

  if (drawn !== null && 'error' in drawn) {
    return (
      <p className="note note-strong" role="alert">
        The flowchart could not be drawn. The text version has the same questions and answers.
      </p>
    )
  }
  return (
    <div className="flowchart" aria-busy={drawn?.text !== text || drawn.dark !== dark}>
      {svg === null && <p role="status">Drawing the flowchart…</p>}
      <div
        ref={box}
        className="flowchart-canvas"
        role="group"
        aria-label={label}
        tabIndex={0}
        onClick={select}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select(e)}
        dangerouslySetInnerHTML={svg === null ? undefined : { __html: svg }}
      />
    </div>
  )
}
