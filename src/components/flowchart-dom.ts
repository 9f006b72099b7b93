// DOM work on the SVG mermaid draws: finding which tree node an element belongs to, making
// the clickable nodes reachable by keyboard, sizing and scrolling.

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
 * the others), names the current node, and shows the drawing at its natural size so the box
 * scrolls instead of shrinking it.
 */
export function decorateNodes(
  box: Element,
  actions: ReadonlyMap<string, string>,
  current?: CurrentNode,
): void {
  const svg = box.querySelector('svg')
  const width = Number(
    svg
      ?.getAttribute('viewBox')
      ?.trim()
      .split(/[\s,]+/)[2] ?? 0,
  )
  if (svg !== null && width > 0) {
    svg.style.maxWidth = 'none'
    svg.setAttribute('width', String(Math.ceil(width)))
  }
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
