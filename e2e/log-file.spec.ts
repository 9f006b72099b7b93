import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

// The lab's genuine error lines (lab/captured, written by the real nginx).
const lab = (id: string): string =>
  readFileSync(new URL(`../lab/captured/${id}.log`, import.meta.url), 'utf8')
const TEXT = ['no-live-upstreams', 'socket-missing', 'read-timeout'].map(lab).join('\n')

test.beforeEach(async ({ doctor }) => {
  await doctor.open()
})

const counts = (page: Page) =>
  page
    .locator('[data-cause]')
    .evaluateAll((els) =>
      els.map(
        (el) =>
          `${el.getAttribute('data-cause')} ${/(\d[\d,]*) lines?/.exec(el.textContent ?? '')?.[1]}`,
      ),
    )

test('a log file opened from disk gives the findings a paste gives; the box keeps its text', async ({
  doctor,
}) => {
  const { page } = doctor
  await doctor.paste(TEXT)
  await expect(doctor.findings.first()).toBeVisible()
  const pasted = await counts(page)
  await doctor.logBox.fill('my own notes')
  await page.getByLabel('Open a log file').setInputFiles({
    name: 'error.log.2.gz',
    mimeType: 'application/gzip',
    buffer: gzipSync(TEXT),
  })
  await expect(page.locator('.log-file')).toContainText('error.log.2.gz')
  await expect(page.locator('.log-file')).toContainText('lines read')
  await expect.poll(() => counts(page)).toEqual(pasted)
  await page.getByRole('button', { name: /Close the file/ }).click()
  await expect(doctor.logBox).toHaveValue('my own notes')
})

test('a file dropped on the page is opened as a log', async ({ doctor }) => {
  const { page } = doctor
  const data = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'error.log'))
    return transfer
  }, TEXT)
  await page.locator('.start').dispatchEvent('drop', { dataTransfer: data })
  await expect(page.locator('.log-file')).toContainText('error.log')
  await expect(doctor.finding('no-live-upstreams')).toBeVisible()
})

test('a big file shows its progress, and Cancel keeps the findings read so far', async ({
  doctor,
}, testInfo) => {
  const { page } = doctor
  // About 60 MB of the lab's genuine lines, repeated as a busy night's log would repeat them.
  const path = testInfo.outputPath('error.log')
  writeFileSync(
    path,
    Array<string>(Math.ceil(60e6 / TEXT.length))
      .fill(TEXT)
      .join('\n'),
  )
  await page.getByLabel('Open a log file').setInputFiles(path)
  const status = page.locator('.log-file')
  await expect(status.getByRole('progressbar', { name: 'Reading the file' })).toBeVisible()
  await expect(status).toContainText('lines/s')
  await page.getByRole('button', { name: /Cancel/ }).click()
  await expect(status).toContainText('stopped after')
  await expect(doctor.finding('no-live-upstreams')).toBeVisible()
})

test('a shared link and the kept diagnosis carry the findings of a file and a few lines, never the file', async ({
  doctor,
  browser,
}, testInfo) => {
  const { page } = doctor
  // About 6 MB of the lab's genuine lines: far more than any link could hold.
  const path = testInfo.outputPath('error.log')
  const big = Array<string>(Math.ceil(6e6 / TEXT.length))
    .fill(TEXT)
    .join('\n')
  writeFileSync(path, big)
  await page.getByLabel('Open a log file').setInputFiles(path)
  await expect(page.locator('.log-file')).toContainText('lines read')
  const permalink = page.getByRole('textbox', { name: 'Permalink' })
  await expect(permalink).toHaveValue(/#v1\.[A-Za-z0-9_-]+$/)
  const link = await permalink.inputValue()
  expect(link.length).toBeLessThan(20_000)
  const sent = await counts(page)
  expect(sent.length).toBeGreaterThan(0)
  // What this browser keeps is the link and the findings' counts; the box keeps its own text.
  const kept = await page.evaluate(() => JSON.stringify({ ...window.localStorage }))
  expect(kept.length).toBeLessThan(100_000)

  const other = await browser.newContext()
  const shared = await other.newPage()
  await shared.goto(link)
  await expect(shared.getByText('Shared diagnosis.')).toBeVisible()
  await expect.poll(() => counts(shared)).toEqual(sent)
  await other.close()
})
