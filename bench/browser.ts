import { build } from 'esbuild'
import { chromium } from 'playwright-core'

/**
 * Times the engine in a real Chromium: the same core code the page runs, bundled on the fly,
 * classifying and grouping a paste of `lines` lines. Returns the median of several runs in ms.
 */
export async function timeInBrowser(executablePath: string, paste: string): Promise<number> {
  const bundle = await build({
    stdin: {
      contents: `
        import { createDiagnosisRun } from './src/content/engine.ts'
        // What the page does with a paste (src/app/diagnose.ts): every line's cause and the
        // findings, through the engine run the page uses.
        window.diagnose = (text) => {
          const run = createDiagnosisRun()
          for (const line of text.split('\\n')) run.push(line)
          run.end()
          return run.findings().length
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
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage()
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text })
    return await page.evaluate((text) => {
      const run = (globalThis as unknown as { diagnose: (t: string) => number }).diagnose
      run(text) // warm-up: the first run also compiles the code
      const times: number[] = []
      for (let i = 0; i < 7; i += 1) {
        const start = performance.now()
        run(text)
        times.push(performance.now() - start)
      }
      return times.sort((a, b) => a - b)[3]!
    }, paste)
  } finally {
    await browser.close()
  }
}
