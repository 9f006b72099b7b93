// The only module that touches mermaid. It is large, so it is loaded on first use (when the
// flowchart is shown), never with the start page.
import type MermaidApi from 'mermaid'

type Mermaid = typeof MermaidApi

let loading: Promise<Mermaid> | null = null
let theme: 'default' | 'dark' | null = null

function load(): Promise<Mermaid> {
  loading ??= import('mermaid').then((module) => module.default)
  return loading
}

async function ready(dark: boolean): Promise<Mermaid> {
  const mermaid = await load()
  const wanted = dark ? 'dark' : 'default'
  if (theme !== wanted) {
    // strict: labels are text, never HTML, and mermaid's own click handlers stay off (the
    // flowchart component wires clicks itself).
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: wanted })
    theme = wanted
  }
  return mermaid
}

/** Renders flowchart text to an SVG string. Rejects when mermaid cannot parse it. */
export async function renderMermaid(id: string, text: string, dark: boolean): Promise<string> {
  const mermaid = await ready(dark)
  const { svg } = await mermaid.render(id, text)
  return svg
}

/** True when mermaid parses the text (used by tests of the generated flowchart). */
export async function parsesAsMermaid(text: string): Promise<boolean> {
  const mermaid = await ready(false)
  return (await mermaid.parse(text, { suppressErrors: true })) !== false
}
