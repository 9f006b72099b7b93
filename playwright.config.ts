import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

const CI = process.env.CI !== undefined && process.env.CI !== ''
// E2E_PORT lets two runs (or a running `npm start`) coexist on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const BASE_URL = `http://127.0.0.1:${PORT}`

// `npx playwright install` cannot download browsers on our machines, so the tests drive the
// system's Chromium (Debian's `chromium` package) or a Chrome that is already installed.
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

function findChromium(): string {
  const found = CANDIDATES.find((path) => path !== undefined && path !== '' && existsSync(path))
  if (found === undefined) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: ' +
        '`apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.',
    )
  }
  return found
}

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: CI ? 'line' : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npm run build && npm run preview -- --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
