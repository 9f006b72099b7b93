import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { serviceWorker } from './scripts/service-worker.ts'

/**
 * The production page runs no inline script, so its Content-Security-Policy drops the
 * `'unsafe-inline'` the dev server needs for scripts. Styles keep it: mermaid's SVG carries
 * its own <style>. Everything stays limited to the page's own origin.
 */
function strictScriptPolicy(): Plugin {
  return {
    name: 'strict-script-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const strict = html.replace("script-src 'self' 'unsafe-inline'", "script-src 'self'")
      if (strict === html) throw new Error('index.html lost its Content-Security-Policy')
      return strict
    },
  }
}

export default defineConfig({
  plugins: [react(), strictScriptPolicy(), serviceWorker()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
})
