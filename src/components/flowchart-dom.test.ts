// @vitest-environment jsdom
import { expect, it } from 'vitest'
import { decorateNodes, mermaidIdOf, nodeElement } from './flowchart-dom.ts'

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

it('makes the clickable nodes buttons, names the current one and sizes the drawing', () => {
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
  expect(box.querySelector('svg')?.getAttribute('width')).toBe('1235')
})
