import { build } from 'esbuild'
import { chromium } from 'playwright-core'

/** What reading one big file in the page cost. */
export interface FileReading {
  ms: number
  /** The longest time between two frames while it read: what a person feels as a freeze. */
  maxGapMs: number
  lines: number
  findings: number
}

/**
 * Opens a log file in a real Chromium the way the page does (a file input, read in a worker
 * through app/log-file-reader.ts, the findings so far posted back every 150 ms) and times it,
 * while the page's main thread counts the gaps between animation frames. With `pasteChars`,
 * the file's first that many bytes are pasted instead: handed to the same worker as text, as
 * the page hands it a big paste (the time counts the hand-over).
 */
export async function readFileInBrowser(
  executablePath: string,
  file: string,
  pasteChars?: number,
): Promise<FileReading> {
  // The page's own reader and paste hand-over, built for a page with no app around them.
  const bundle = async (contents: string): Promise<string> =>
    (
      await build({
        stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
        bundle: true,
        format: 'iife',
        write: false,
      })
    ).outputFiles[0]!.text
  const worker = await bundle(
    `import { serveLogFiles } from './src/app/log-file-reader.ts'; serveLogFiles(self)`,
  )
  const handOver = await bundle(
    `import { handOverPaste } from './src/app/paste-handover.ts'; globalThis.handOverPaste = handOverPaste`,
  )
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    await page.setContent('<input type="file" id="log">')
    await page.addScriptTag({ content: handOver })
    await page.setInputFiles('#log', file)
    // A string, not a function: tsx would wrap a function's inner functions in its own
    // helpers, which the page does not have.
    const script = `(async () => {
      const url = URL.createObjectURL(new Blob([${JSON.stringify(worker)}], { type: 'text/javascript' }))
      const reader = new Worker(url)
      let maxGapMs = 0
      let last = performance.now()
      let reading = true
      const frame = (now) => {
        maxGapMs = Math.max(maxGapMs, now - last)
        last = now
        if (reading) requestAnimationFrame(frame)
      }
      const files = [...document.getElementById('log').files]
      const paste = ${pasteChars ?? 0}
      // The paste's text is made before the clock and the frame count start: that is the
      // browser's clipboard's work, not the page's.
      const text = paste > 0 ? await files[0].slice(0, paste).text() : ''
      await new Promise((resolve) => requestAnimationFrame(resolve))
      last = performance.now()
      requestAnimationFrame(frame)
      const started = performance.now()
      const result = await new Promise((resolve) => {
        reader.onmessage = (event) => { if (event.data.kind === 'done') resolve(event.data) }
        const post = (request) => reader.postMessage(request)
        if (paste > 0) handOverPaste(post, text, () => true)
        else post({ kind: 'read', files })
      })
      const ms = performance.now() - started
      reading = false
      return { ms, lines: result.progress.lines, findings: result.diagnosis.findings.length, maxGapMs }
    })()`
    return (await page.evaluate(script)) as FileReading
  } finally {
    await browser.close()
  }
}
