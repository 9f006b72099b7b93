import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startDeployServer } from './deploy-server.ts'
import { expect, test } from './fixtures.ts'

// A line the lab's real nginx wrote (lab/captured).
const refused = readFileSync(new URL('../lab/captured/refused.log', import.meta.url), 'utf8')

test('after one visit the page loads and diagnoses with the network gone', async ({
  doctor,
  context,
}) => {
  const { page } = doctor
  await doctor.open()
  // The service worker has every file of the build, the lazily loaded ones too.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await context.setOffline(true)
  await page.reload()
  await expect(doctor.logBox).toBeVisible()
  await doctor.paste(refused)
  await expect(doctor.finding('upstream-refused')).toBeVisible()
  // The guide and the step-by-step flowchart load from the cache as well.
  await expect(page.locator('[data-fix]').first()).toBeVisible()
  await expect(page.getByText('Could not load')).toHaveCount(0)
})

// A new deploy changes sw.js (its cache's name is the build's hash). The page is served here
// from the build on a server of the test's own, which then serves the next version: the same
// worker under a new cache name, as the browser will find it when it next checks.
test('a new version announces itself, waits, and applies only through its notice', async ({
  doctor,
}) => {
  const { page } = doctor
  const server = await startDeployServer(fileURLToPath(new URL('../dist', import.meta.url)))
  try {
    await page.goto(server.url)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    // The page reloads under the poll when the update applies: a read then is a miss, not an error.
    const caches = () => page.evaluate(() => window.caches.keys()).catch((): string[] => [])
    const [first] = await caches()
    expect(first).toMatch(/^502-doctor-[0-9a-f]{12}$/)
    await doctor.paste(refused)
    await expect(doctor.finding('upstream-refused')).toBeVisible()

    server.deploy((sw) => sw.replace(`'${first}'`, `'${first}-next'`))
    await page.reload()
    const notice = page.getByRole('status').filter({ hasText: 'A new version of 502 Doctor' })
    await expect(notice).toBeVisible()
    // Announced, not applied: the old version still serves the page, and the paste is there.
    await expect(doctor.finding('upstream-refused')).toBeVisible()
    await expect.poll(caches).toEqual(expect.arrayContaining([first, `${first}-next`]))

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload to use it' }).click(),
    ])
    await expect.poll(caches).toEqual([`${first}-next`])
    await expect(notice).toHaveCount(0)
    await expect(doctor.finding('upstream-refused')).toBeVisible()
  } finally {
    await server.close()
  }
})
