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
 * through app/read-log-file.ts, the findings so far posted back every 100 ms) and times it,
 * while the page's main thread counts the gaps between animation frames.
 */
export async function readFileInBrowser(
  executablePath: string,
  file: string,
): Promise<FileReading> {
  const worker = await build({
    stdin: {
      contents: `
        import { readLogFiles } from './src/app/read-log-file.ts'
        self.onmessage = async (event) => {
          const started = performance.now()
          const { diagnosis, progress } = await readLogFiles(event.data, {
            onProgress: (p, sofar) => self.postMessage({ progress: p, sofar }),
          })
          self.postMessage({
            done: true,
            ms: performance.now() - started,
            lines: progress.lines,
            findings: diagnosis.findings.length,
          })
        }`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  })
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    await page.setContent('<input type="file" id="log">')
    await page.setInputFiles('#log', file)
    // A string, not a function: tsx would wrap a function's inner functions in its own
    // helpers, which the page does not have.
    const script = `(async () => {
      const url = URL.createObjectURL(new Blob([${JSON.stringify(worker.outputFiles[0]!.text)}], { type: 'text/javascript' }))
      const reader = new Worker(url)
      let maxGapMs = 0
      let last = performance.now()
      let reading = true
      const frame = (now) => {
        maxGapMs = Math.max(maxGapMs, now - last)
        last = now
        if (reading) requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
      const result = await new Promise((resolve) => {
        reader.onmessage = (event) => { if (event.data.done === true) resolve(event.data) }
        reader.postMessage([...document.getElementById('log').files])
      })
      reading = false
      return { ms: result.ms, lines: result.lines, findings: result.findings, maxGapMs }
    })()`
    return (await page.evaluate(script)) as FileReading
  } finally {
    await browser.close()
  }
}
