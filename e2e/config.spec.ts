import AxeBuilder from '@axe-core/playwright'
import { CORPUS_CONFIGS } from '../src/core/config/corpus/configs.ts'
import { expect, test } from './fixtures.ts'

// https://github.com/graphite-project/docker-graphite-statsd/issues/87: the image's site file
// sent graphite-web to localhost, the log shows the [::1] refusals, 127.0.0.1 fixed it.
const graphite = CORPUS_CONFIGS.find((c) => c.source.endsWith('docker-graphite-statsd/issues/87'))!

test.beforeEach(async ({ doctor }) => {
  await doctor.open()
})

test('a config next to the log: its mistake at its line, confirmed, with the edit as a diff', async ({
  doctor,
}) => {
  const { page } = doctor
  await doctor.paste(graphite.log ?? '')
  await page.getByRole('textbox', { name: /config/ }).fill(graphite.text)
  const mistake = page.locator('[data-check="localhost-ipv6-first"]')
  await expect(mistake).toBeVisible()
  await expect(mistake).toContainText(`line ${graphite.mistakes[0]!.line}`)
  await expect(mistake).toContainText('Your log shows what this causes')
  const diff = page.locator('.config-diff pre').first()
  await expect(diff).toContainText('-    proxy_pass http://localhost:8080;')
  await expect(diff).toContainText('+    proxy_pass http://127.0.0.1:8080;')
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('a config alone is checked too, and a broken one says what it could not read', async ({
  doctor,
}) => {
  const box = doctor.page.getByRole('textbox', { name: /config/ })
  await box.fill(graphite.text)
  await expect(doctor.page.locator('[data-check="localhost-ipv6-first"]')).toBeVisible()
  await expect(doctor.page.locator('[data-check]')).toHaveCount(1)
  const broken = `${graphite.text.slice(0, graphite.text.indexOf('location'))}\u0000\u0001 }}} {`
  await box.fill(broken)
  await expect(doctor.page.getByText(/could not be read/)).toBeVisible()
  await expect(box).toHaveValue(broken)
})
