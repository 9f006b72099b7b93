import { readFileSync } from 'node:fs'
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
