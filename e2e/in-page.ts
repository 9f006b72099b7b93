// Functions that run inside the page (passed to page.evaluate). The e2e project has no DOM
// types, so each one names the little of the page it touches.

interface PageGlobals {
  navigator: { clipboard: { readText: () => Promise<string> } }
  document: {
    scrollingElement: { scrollWidth: number } | null
    querySelector: (selector: string) => PageElement | null
  }
  DataTransfer: new () => { setData: (format: string, data: string) => void }
  ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown
}

interface PageElement {
  focus: () => void
  dispatchEvent: (event: unknown) => boolean
}

/** The clipboard's text. */
export function readClipboard(): Promise<string> {
  return (globalThis as unknown as PageGlobals).navigator.clipboard.readText()
}

/** How wide the page's content is, in CSS pixels. */
export function scrollWidth(): number {
  return (globalThis as unknown as PageGlobals).document.scrollingElement?.scrollWidth ?? 0
}

/**
 * Pastes `times` copies of `block` into the log box, as Ctrl+V would; the text is built in the
 * page because sending megabytes through the test driver is slow. Returns its length.
 */
export function pasteRepeated([block, times]: [string, number]): number {
  const page = globalThis as unknown as PageGlobals
  const text = Array.from({ length: times }, () => block).join('\n')
  const box = page.document.querySelector('textarea')
  const data = new page.DataTransfer()
  data.setData('text/plain', text)
  box?.focus()
  box?.dispatchEvent(
    new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  )
  return text.length
}

interface Box {
  scrollIntoView: (options: { block: string }) => void
  getBoundingClientRect: () => { left: number; top: number; width: number; height: number }
  contains: (other: unknown) => boolean
}

/**
 * Scrolls `element` to the top of the window and tells whether a click in it would reach it,
 * rather than something laid over it (like a box that stays in view as the page scrolls).
 */
export function reachableAtTop(element: unknown): boolean {
  const box = element as Box
  const page = globalThis as unknown as {
    innerHeight: number
    document: { elementFromPoint: (x: number, y: number) => unknown }
  }
  box.scrollIntoView({ block: 'start' })
  const { left, top, width, height } = box.getBoundingClientRect()
  const y = top + Math.min(height, page.innerHeight - top) / 2
  return box.contains(page.document.elementFromPoint(left + width / 2, y))
}
