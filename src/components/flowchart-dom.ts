// DOM work on the SVG mermaid draws: finding which tree node an element belongs to, making
// the clickable nodes reachable by keyboard, sizing (zoom) and scrolling (pan).

// Mermaid names a node's group `<diagram id>-flowchart-<node id>-<counter>`; our node ids
// are `n_` followed by letters, digits and `_`.
const NODE_ELEMENT_ID = /-flowchart-(n_[A-Za-z0-9_]+)-\d+$/

/** The mermaid id of the flowchart node an event target is in, or null. */
export function mermaidIdOf(target: EventTarget | null): string | null {
  const group = target instanceof Element ? target.closest('g.node') : null
  return group === null ? null : (NODE_ELEMENT_ID.exec(group.id)?.[1] ?? null)
}

/** The node the person is at: named, and focusable from script (after a click moved there). */
export interface CurrentNode {
  id: string
  label: string
}

/**
 * Gives the nodes in `actions` a button role, their name and a tab stop (and takes them from
 * the others), and names the current node.
 */
export function decorateNodes(
  box: Element,
  actions: ReadonlyMap<string, string>,
  current?: CurrentNode,
): void {
  for (const group of box.querySelectorAll('g.node')) {
    const id = mermaidIdOf(group) ?? ''
    const label = actions.get(id)
    for (const name of ['role', 'tabindex', 'aria-label']) group.removeAttribute(name)
    group.classList.toggle('flowchart-action', label !== undefined)
    if (label !== undefined) {
      group.setAttribute('role', 'button')
      group.setAttribute('tabindex', '0')
      group.setAttribute('aria-label', label)
    } else if (id === current?.id) {
      group.setAttribute('role', 'img')
      group.setAttribute('tabindex', '-1')
      group.setAttribute('aria-label', current.label)
    }
  }
}

/** The element of a node, if drawn. */
export function nodeElement(box: Element, mermaidId: string): SVGElement | null {
  const group = [...box.querySelectorAll('g.node')].find((g) => mermaidIdOf(g) === mermaidId)
  return group instanceof SVGElement ? group : null
}

/** Scrolls the box (not the page) so that the node is in view, near the middle. */
export function scrollToNode(box: Element, mermaidId: string): void {
  const group = nodeElement(box, mermaidId)
  if (group === null) return
  const inner = group.getBoundingClientRect()
  const outer = box.getBoundingClientRect()
  box.scrollLeft += inner.left + inner.width / 2 - (outer.left + outer.width / 2)
  box.scrollTop += inner.top + inner.height / 2 - (outer.top + outer.height / 2)
}

/** How far the drawing can be zoomed out and in (1: the size mermaid drew it at). */
export const MIN_SCALE = 0.05
export const MAX_SCALE = 3
const STEP = 1.25

/** Keeps a scale within {@link MIN_SCALE} and {@link MAX_SCALE}. */
export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

/** The next scale up (`1`) or down (`-1`) from `scale`, one button press away. */
export function zoomStep(scale: number, direction: 1 | -1): number {
  return clampScale(direction === 1 ? scale * STEP : scale / STEP)
}

/** The size mermaid drew at, from the SVG's viewBox; null before anything is drawn. */
export function naturalSize(box: Element): { width: number; height: number } | null {
  const numbers = box
    .querySelector('svg')
    ?.getAttribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  const width = numbers?.[2] ?? 0
  const height = numbers?.[3] ?? 0
  return width > 0 && height > 0 ? { width, height } : null
}

/** The room inside the box for the drawing: its width less padding (and scrollbar). */
export function innerWidth(box: HTMLElement): number {
  const style = getComputedStyle(box)
  return (
    box.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0')
  )
}

/** The scale at which a drawing `width` wide fits `room`: never larger than drawn. */
export function fitScale(width: number, room: number): number {
  if (width <= 0 || room <= 0) return 1
  return clampScale(Math.min(1, room / width))
}

/**
 * Draws the SVG at `scale` times its natural size, in whole pixels rounded down so that a
 * drawing fitted to the box never overflows it by a fraction of a pixel.
 */
export function sizeDrawing(box: Element, scale: number): void {
  const svg = box.querySelector('svg')
  const size = naturalSize(box)
  if (svg === null || size === null) return
  svg.style.maxWidth = 'none'
  svg.style.width = `${Math.floor(size.width * scale)}px`
  svg.style.height = `${Math.floor(size.height * scale)}px`
  svg.removeAttribute('width')
  svg.removeAttribute('height')
}

/**
 * Changes the scale from `from` to `to` keeping the point of the drawing under `at` (page
 * coordinates; the box's middle when absent) where it was, as maps do.
 */
export function zoomAround(
  box: HTMLElement,
  from: number,
  to: number,
  at?: { x: number; y: number },
): void {
  const outer = box.getBoundingClientRect()
  const x = (at?.x ?? outer.left + outer.width / 2) - outer.left
  const y = (at?.y ?? outer.top + outer.height / 2) - outer.top
  const ratio = to / from
  const left = (box.scrollLeft + x) * ratio - x
  const top = (box.scrollTop + y) * ratio - y
  sizeDrawing(box, to)
  box.scrollLeft = left
  box.scrollTop = top
}

/** Fitted to the box's width (again after every resize), or a scale the person chose. */
export type Zoom = { fit: true } | { fit: false; scale: number }

/** How a drawing opens: fitted to the box, or at the size mermaid drew it. */
export function zoomOf(opening: 'fit' | 'natural'): Zoom {
  return opening === 'fit' ? { fit: true } : { fit: false, scale: 1 }
}

/** The scale a zoom means for the drawing in this box now. */
export function scaleOf(box: HTMLElement, zoom: Zoom): number {
  if (!zoom.fit) return zoom.scale
  const size = naturalSize(box)
  return size === null ? 1 : fitScale(size.width, innerWidth(box))
}

/** How far apart two touches are (`d`), and their middle, for a pinch. */
export function spread(points: ReadonlyMap<number, { x: number; y: number }>): {
  d: number
  x: number
  y: number
} {
  const [a, b] = [...points.values()]
  if (a === undefined || b === undefined) return { d: 0, x: 0, y: 0 }
  return { d: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
}
