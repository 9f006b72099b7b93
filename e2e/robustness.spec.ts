import { expect, test } from './fixtures.ts'
import { pasteRepeated } from './in-page.ts'

const REFUSED =
  '2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: shop.example, request: "GET /cart HTTP/1.1", upstream: "http://127.0.0.1:3000/cart", host: "shop.example"'
const NOISE = '2026/11/22 02:25:28 [notice] 5866#5866: signal process started'

test('a 50 MB paste is read in full off the main thread, with notes', async ({ doctor }) => {
  test.setTimeout(90_000)
  await doctor.open()
  const block = [REFUSED, ...Array.from({ length: 9 }, () => NOISE)].join('\n')
  const chars = await doctor.page.evaluate(pasteRepeated, [block, 60_000] as [string, number])
  expect(chars).toBeGreaterThan(45_000_000)
  await expect(doctor.page.getByText(/Your paste is \d+\.\d MB/)).toBeVisible()
  await expect(doctor.page.getByText(/This paste is big/)).toBeVisible()
  await expect(doctor.count('upstream-refused', 60_000)).toBeVisible({ timeout: 30_000 })
  await expect(doctor.page.getByText('All of it was read.')).toBeVisible()
  await expect(doctor.page.getByText(/only evidence lines are listed/)).toBeVisible()
  await expect(doctor.page.locator('.lines > li')).toHaveCount(500)

  await doctor.page.getByRole('button', { name: 'Clear the box' }).click()
  await doctor.paste(REFUSED)
  await expect(doctor.count('upstream-refused', 1)).toBeVisible()
})

test('a big paste is read the way a file is: progress, and Cancel keeps what was read', async ({
  doctor,
}) => {
  test.setTimeout(90_000)
  await doctor.open()
  const block = [REFUSED, ...Array.from({ length: 9 }, () => NOISE)].join('\n')
  const chars = await doctor.page.evaluate(pasteRepeated, [block, 120_000] as [string, number])
  const note = doctor.page.locator('.big-paste')
  await expect(note.getByRole('progressbar', { name: 'Reading the paste' })).toBeVisible()
  await expect(note).toContainText('lines/s')
  await note.getByRole('button', { name: /Cancel/ }).click()
  await expect(note).toContainText(/Stopped after [\d,]+ lines/)
  const stopped = Number(
    (/after ([\d,]+) lines/.exec((await note.textContent()) ?? '')?.[1] ?? '0').replaceAll(',', ''),
  )
  expect(stopped).toBeGreaterThan(0)
  expect(stopped).toBeLessThan((chars / block.length) * 10)
  // The findings are those of the lines read: one refused line in every ten.
  await expect(doctor.count('upstream-refused', Math.ceil(stopped / 10))).toBeVisible()
  await note.getByRole('button', { name: 'Read all of it' }).click()
  await expect(doctor.count('upstream-refused', 120_000)).toBeVisible({ timeout: 60_000 })
  await expect(note).toContainText('All of it was read.')
})

// Past the size read on the main thread, so this goes through the worker too. (Playwright's
// fill slows down sharply with size even on a bare textarea, so it stays under 300 kB.)
test('a long log typed in stays in the box in full', async ({ doctor }) => {
  await doctor.open()
  const text = Array.from({ length: 800 }, () => `${REFUSED}\n${NOISE}`).join('\n')
  expect(text.length).toBeGreaterThan(200_000)
  await doctor.paste(text)
  await expect(doctor.count('upstream-refused', 800)).toBeVisible()
  expect((await doctor.logBox.inputValue()).length).toBe(text.length)
})

test('an unknown address shows a page that leads back', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the start page' }).click()
  await expect(page.getByRole('textbox', { name: /log/i })).toBeVisible()
})
