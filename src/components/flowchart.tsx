import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react'
import { renderMermaid } from '../lib/mermaid.ts'
import '../styles/flowchart.css'
import {
  clampScale,
  decorateNodes,
  mermaidIdOf,
  nodeElement,
  scaleOf,
  scrollToNode,
  sizeDrawing,
  spread,
  zoomAround,
  zoomOf,
  zoomStep,
  type Zoom,
} from './flowchart-dom.ts'

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
  /**
   * How a new drawing opens: scaled to the box's width (never above its drawn size), or at
   * its drawn size. Changing it resets the zoom when the next drawing shows.
   */
  opening?: 'fit' | 'natural'
  /** More buttons for the row above the drawing, before the zoom buttons. */
  tools?: ReactNode
}

type Drawn = { text: string; dark: boolean } & ({ svg: string } | { error: true })

interface Drag {
  pointer: number
  x: number
  y: number
  left: number
  top: number
  moved: boolean
}

/** Shows the scale as a percentage (set by hand: zooming must not wait for a render). */
function report(output: HTMLOutputElement | null, scale: number): void {
  if (output !== null) output.textContent = `${Math.round(scale * 100)}%`
}

/**
 * Draws a mermaid flowchart whose nodes can be clicked, in a box that zooms (buttons, + and
 * − keys, ctrl + wheel, pinch) and pans (scroll, drag); says so when it cannot be drawn.
 */
export function Flowchart(props: FlowchartProps) {
  const { text, dark, actions, onSelect, current, label, opening = 'fit', tools } = props
  const base = `flowchart-${useId().replace(/[^A-Za-z0-9]/g, '')}`
  const renders = useRef(0)
  const box = useRef<HTMLDivElement>(null)
  const shown = useRef<HTMLOutputElement>(null)
  // Set by a click in the drawing: the new drawing replaces the focused node, so focus goes
  // to where the click led instead of falling back to the page.
  const refocus = useRef(false)
  const zoom = useRef<Zoom>(zoomOf(opening))
  const openedAs = useRef(opening)
  const drag = useRef<Drag | null>(null)
  const dragged = useRef(false)
  const touches = useRef(new Map<number, { x: number; y: number }>())
  const pinch = useRef<{ d: number; scale: number } | null>(null)
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

  /** Draws at the scale `zoom` says, keeping the point under `at` in place. */
  const show = (next: Zoom, at?: { x: number; y: number }): void => {
    const el = box.current
    if (el === null) return
    const from = scaleOf(el, zoom.current)
    zoom.current = next
    const to = scaleOf(el, next)
    zoomAround(el, from, to, at)
    report(shown.current, to)
  }

  const svg = drawn !== null && 'svg' in drawn ? drawn.svg : null
  const { id: currentId, label: currentLabel } = current
  useLayoutEffect(() => {
    const el = box.current
    if (el === null || svg === null) return
    decorateNodes(el, actions, { id: currentId, label: currentLabel })
    if (drawn?.text === text && openedAs.current !== opening) {
      openedAs.current = opening
      zoom.current = zoomOf(opening)
    }
    const scale = scaleOf(el, zoom.current)
    sizeDrawing(el, scale)
    report(shown.current, scale)
    scrollToNode(el, currentId)
    if (refocus.current && drawn?.text === text) {
      refocus.current = false
      nodeElement(el, currentId)?.focus({ preventScroll: true })
    }
  }, [svg, actions, currentId, currentLabel, drawn, text, opening])

  // A drawing fitted to the box follows the box's width (a rotated phone, a resized window).
  const hasSvg = svg !== null
  useEffect(() => {
    const el = box.current
    if (el === null || !hasSvg || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (!zoom.current.fit) return
      const scale = scaleOf(el, zoom.current)
      sizeDrawing(el, scale)
      report(shown.current, scale)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [hasSvg])

  // Ctrl + wheel (also what a trackpad's pinch sends) zooms around the pointer; a plain
  // wheel scrolls the box as usual. Registered by hand: React's wheel listener is passive.
  useEffect(() => {
    const el = box.current
    if (el === null) return
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      const lines = event.deltaMode === 1 ? 16 : 1
      const from = scaleOf(el, zoom.current)
      const to = clampScale(from * Math.exp((-event.deltaY * lines) / 300))
      zoom.current = { fit: false, scale: to }
      zoomAround(el, from, to, { x: event.clientX, y: event.clientY })
      report(shown.current, to)
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [])

  const step = (direction: 1 | -1): void => {
    const el = box.current
    if (el !== null) show({ fit: false, scale: zoomStep(scaleOf(el, zoom.current), direction) })
  }

  const fit = (): void => {
    show({ fit: true })
    if (box.current !== null) scrollToNode(box.current, currentId)
  }

  const select = (event: SyntheticEvent): void => {
    const id = mermaidIdOf(event.target)
    if (id !== null && actions.has(id)) {
      event.preventDefault()
      refocus.current = true
      onSelect(id)
    }
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') select(event)
    else if (event.key === '+' || event.key === '=') step(1)
    else if (event.key === '-') step(-1)
    else if (event.key === '0') fit()
  }

  // A mouse or pen drags the drawing; a finger scrolls it natively, two fingers pinch.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    dragged.current = false
    if (event.pointerType === 'touch') {
      touches.current.set(event.pointerId, { x: event.clientX, y: event.clientY })
      if (touches.current.size === 2 && box.current !== null) {
        pinch.current = { d: spread(touches.current).d, scale: scaleOf(box.current, zoom.current) }
      }
      return
    }
    if (event.button !== 0) return
    const el = event.currentTarget
    drag.current = {
      pointer: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      left: el.scrollLeft,
      top: el.scrollTop,
      moved: false,
    }
  }

  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const el = event.currentTarget
    if (touches.current.has(event.pointerId)) {
      touches.current.set(event.pointerId, { x: event.clientX, y: event.clientY })
      const start = pinch.current
      const now = spread(touches.current)
      if (start === null || start.d === 0 || touches.current.size !== 2) return
      show({ fit: false, scale: clampScale((start.scale * now.d) / start.d) }, now)
      return
    }
    const d = drag.current
    if (d === null || d.pointer !== event.pointerId) return
    const dx = event.clientX - d.x
    const dy = event.clientY - d.y
    if (!d.moved && Math.hypot(dx, dy) < 5) return
    if (!d.moved) {
      d.moved = true
      el.setPointerCapture(event.pointerId)
      el.classList.add('flowchart-dragging')
    }
    el.scrollLeft = d.left - dx
    el.scrollTop = d.top - dy
  }

  const onPointerEnd = (event: PointerEvent<HTMLDivElement>): void => {
    touches.current.delete(event.pointerId)
    if (touches.current.size < 2) pinch.current = null
    const d = drag.current
    if (d === null || d.pointer !== event.pointerId) return
    dragged.current = d.moved
    drag.current = null
    event.currentTarget.classList.remove('flowchart-dragging')
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
      <div className="flowchart-tools">
        {tools}
        <div className="flowchart-zoom" role="group" aria-label="Zoom">
          <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => step(-1)}>
            −
          </button>
          <output ref={shown} className="flowchart-scale" aria-live="polite" />
          <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => step(1)}>
            +
          </button>
          <button type="button" aria-label="Fit to width" title="Fit to width (0)" onClick={fit}>
            Fit
          </button>
        </div>
      </div>
      {svg === null && <p role="status">Drawing the flowchart…</p>}
      <div
        ref={box}
        className="flowchart-canvas"
        role="group"
        aria-label={label}
        tabIndex={0}
        onClick={(event) => {
          // The click that ends a drag is not a click on the node under it.
          if (dragged.current) dragged.current = false
          else select(event)
        }}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        dangerouslySetInnerHTML={svg === null ? undefined : { __html: svg }}
      />
    </div>
  )
}
