// Fails the build when the JavaScript the start page loads exceeds its budget: the page must
// stay small to be fast during an incident, and mermaid, the guides and the flowchart are
// meant to load only when shown. Run after `vite build`.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** The start page's budget for JavaScript, gzipped. */
export const BUDGET_BYTES = 120 * 1024

/** Gzipped bytes of every script and module preload that dist/index.html loads. */
export function startPageGzipBytes(dist = 'dist') {
  const html = readFileSync(`${dist}/index.html`, 'utf8')
  const scripts = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])
  return scripts.reduce((sum, path) => sum + gzipSync(readFileSync(`${dist}/${path}`)).length, 0)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = startPageGzipBytes()
  const kb = (bytes / 1024).toFixed(1)
  if (bytes > BUDGET_BYTES) {
    console.error(`Start page JavaScript is ${kb} KB gzipped, over the 120 KB budget.`)
    process.exit(1)
  }
  console.log(`Start page JavaScript: ${kb} KB gzipped (budget 120 KB).`)
}
