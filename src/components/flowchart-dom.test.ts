// @vitest-environment jsdom
import { expect, it } from 'vitest'
import {
  MAX_SCALE,
  MIN_SCALE,
  decorateNodes,
  fitScale,
  mermaidIdOf,
  naturalSize,
  nodeElement,
  sizeDrawing,
  zoomStep,
} from './flowchart-dom.ts'

// The shape of mermaid 11's output that the flowchart relies on.
function drawing(): HTMLDivElement {
  const box = document.createElement('div')
  box.innerHTML = `<svg id="d-1" viewBox="-8 -8 1234.5 600" width="100%" style="max-width: 1234.5px">
    <g class="node default path" id="d-1-flowchart-n_start-0"><rect></rect><g class="label"><text>Start</text></g></g>
    <g class="node default current" id="d-1-flowchart-n_out_oom-21"><rect></rect></g>
    <g class="node default" id="d-1-flowchart-n_dns-5" role="button" tabindex="0" aria-label="old"><rect></rect></g>
  </svg>`
  return box
}

it('finds the tree node of any element inside a drawn node', () => {
  const box = drawing()
  expect(mermaidIdOf(box.querySelector('text'))).toBe('n_start')
  expect(mermaidIdOf(box.querySelector('#d-1-flowchart-n_out_oom-21'))).toBe('n_out_oom')
  expect(mermaidIdOf(box.querySelector('svg'))).toBeNull()
  expect(mermaidIdOf(null)).toBeNull()
})

it('makes the clickable nodes buttons and names the current one', () => {
  const box = drawing()
  decorateNodes(box, new Map([['n_start', 'Go back to “Start”']]), {
    id: 'n_out_oom',
    label: 'You are here: Killed: out of memory',
  })
  const start = nodeElement(box, 'n_start')
  expect(start?.getAttribute('role')).toBe('button')
  expect(start?.getAttribute('tabindex')).toBe('0')
  expect(start?.getAttribute('aria-label')).toBe('Go back to “Start”')
  expect(start?.classList.contains('flowchart-action')).toBe(true)
  const here = nodeElement(box, 'n_out_oom')
  expect(here?.getAttribute('tabindex')).toBe('-1')
  expect(here?.getAttribute('aria-label')).toBe('You are here: Killed: out of memory')
  const dns = nodeElement(box, 'n_dns')
  expect(dns?.hasAttribute('role')).toBe(false)
  expect(dns?.hasAttribute('tabindex')).toBe(false)
})

it('draws at a scale of the size mermaid drew, in whole pixels', () => {
  const box = drawing()
  expect(naturalSize(box)).toEqual({ width: 1234.5, height: 600 })
  sizeDrawing(box, 0.5)
  const svg = box.querySelector('svg')
  expect(svg?.style.width).toBe('617px')
  expect(svg?.style.height).toBe('300px')
  expect(svg?.style.maxWidth).toBe('none')
  expect(svg?.hasAttribute('width')).toBe(false)
  expect(naturalSize(document.createElement('div'))).toBeNull()
})

it('fits a drawing to the room it has, never above its drawn size', () => {
  expect(fitScale(1000, 500)).toBe(0.5)
  expect(fitScale(300, 500)).toBe(1)
  expect(fitScale(100_000, 10)).toBe(MIN_SCALE)
  expect(fitScale(0, 500)).toBe(1)
})

it('zooms by steps, within bounds, and back', () => {
  expect(zoomStep(1, 1)).toBe(1.25)
  expect(zoomStep(zoomStep(1, 1), -1)).toBe(1)
  expect(zoomStep(MAX_SCALE, 1)).toBe(MAX_SCALE)
  expect(zoomStep(MIN_SCALE, -1)).toBe(MIN_SCALE)
})
