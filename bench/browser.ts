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
        import { createAnalyzer } from './src/core/log/analyze.ts'
        import { createFindingsCollector } from './src/core/log/findings.ts'
        import { createQuickClassifier } from './src/core/log/quick-classify.ts'
        // What the page does with a paste (src/app/diagnose.ts): every line's cause and the
        // findings, with the quick reader the page uses.
        window.diagnose = (text) => {
          const analyzer = createAnalyzer({ classify: createQuickClassifier() })
          const collector = createFindingsCollector()
          const take = (results) => { for (const r of results) collector.add(r, r.text) }
          for (const line of text.split('\\n')) take(analyzer.push(line))
          take(analyzer.end())
          return collector.findings().length
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
