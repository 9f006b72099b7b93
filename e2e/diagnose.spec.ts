import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { reachableAtTop, readClipboard, scrollWidth } from './in-page.ts'
import { countLines, manifestEntry, readSample } from './lab-samples.ts'

const REFUSED =
  '2026/11/22 02:25:27 [error] 5866#5866: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: shop.example, request: "GET /cart HTTP/1.1", upstream: "http://127.0.0.1:3000/cart", host: "shop.example"'
const CLIENT_CLOSED =
  '2026/11/22 02:25:30 [info] 5866#5866: *7 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 127.0.0.1, server: shop.example, request: "GET /report HTTP/1.1", upstream: "http://127.0.0.1:3000/report", host: "shop.example"'
const ACCESS_502 =
  '127.0.0.1 - - [22/Nov/2026:02:25:27 +0000] "GET /cart HTTP/1.1" 502 157 "-" "curl/8.5.0"'
const MIXED = [REFUSED, CLIENT_CLOSED, ACCESS_502].join('\n')

test.beforeEach(async ({ doctor }) => {
  await doctor.open()
})

test('the log box is focused on arrival', async ({ doctor }) => {
  await expect(doctor.logBox).toBeFocused()
})

test('a lab sample shows its cause with the right count', async ({ doctor }) => {
  const text = readSample('no-live-upstreams')
  const { cause } = manifestEntry('no-live-upstreams')
  expect(cause).toBe('no-live-upstreams')
  await doctor.paste(text)
  await expect(
    doctor.count('no-live-upstreams', countLines(text, 'no live upstreams')),
  ).toBeVisible()
  await expect(
    doctor.count('upstream-refused', countLines(text, 'Connection refused')),
  ).toBeVisible()
  await expect(doctor.page.getByText('Start here')).toHaveCount(1)
})

test('mixed lines give exactly the real findings, look-alikes left out', async ({ doctor }) => {
  await doctor.paste(MIXED)
  await expect(doctor.findings).toHaveCount(2)
  await expect(doctor.count('upstream-refused', 1)).toBeVisible()
  await expect(doctor.count('access-log-502', 1)).toBeVisible()
  await expect(doctor.findings.first()).toHaveAttribute('data-cause', 'upstream-refused')
  await expect(doctor.findings.first()).toContainText('Start here')
  await expect(doctor.finding('upstream-refused')).toContainText('127.0.0.1:3000')
  await expect(doctor.finding('upstream-refused')).toContainText('ss -tlnp | grep -- ":3000 "')
})

test('an example button loads a lab sample, and asks before replacing typed text', async ({
  doctor,
}) => {
  const { page } = doctor
  const { cause } = manifestEntry('refused')
  await page.getByRole('button', { name: 'Connection refused' }).click()
  await expect(doctor.finding(cause ?? '')).toBeVisible()

  await doctor.paste('my own notes')
  await page.getByRole('button', { name: 'Connection refused' }).click()
  await page.getByRole('button', { name: 'Keep my text' }).click()
  await expect(doctor.logBox).toHaveValue('my own notes')

  await page.getByRole('button', { name: 'Connection refused' }).click()
  await page.getByRole('button', { name: 'Replace my text' }).click()
  await expect(doctor.logBox).toHaveValue(readSample('refused'))
})

test('garbage and binary get a plain answer and stay in the box', async ({ doctor }) => {
  const garbage = `PK\u0003\u0004\u0000\u0000binary\u0000\u00ff\u00fe\nhello world\nGET / 200\n\u0007\u0008`
  await doctor.paste(garbage)
  await expect(
    doctor.page.getByText(/No nginx gateway errors found in these 4 lines/),
  ).toBeVisible()
  await expect(doctor.page.getByText('/var/log/nginx/error.log').first()).toBeVisible()
  await expect(doctor.findings).toHaveCount(0)
  await expect(doctor.logBox).toHaveValue(garbage)
})

test('the first check copies to the clipboard', async ({ doctor, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await doctor.paste(MIXED)
  const first = doctor.findings.first()
  const command = await first.locator('pre').innerText()
  await first.getByRole('button', { name: 'Copy' }).focus()
  await doctor.page.keyboard.press('Enter')
  await expect(first.getByRole('button', { name: 'Copied' })).toBeVisible()
  const copied = await doctor.page.evaluate(readClipboard)
  expect(copied).toBe(command)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations with findings shown (${colorScheme})`, async ({
    doctor,
  }) => {
    await doctor.page.emulateMedia({ colorScheme })
    await doctor.paste(`${readSample('no-live-upstreams')}${MIXED}`)
    await expect(doctor.findings.first()).toBeVisible()
    const { violations } = await new AxeBuilder({ page: doctor.page }).analyze()
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
}

test('nothing overflows at 375 px', async ({ doctor }) => {
  await doctor.page.setViewportSize({ width: 375, height: 800 })
  await doctor.paste(`${readSample('no-live-upstreams')}${MIXED}\n${'x'.repeat(3000)}`)
  await expect(doctor.findings.first()).toBeVisible()
  const width = await doctor.page.evaluate(scrollWidth)
  expect(width).toBeLessThanOrEqual(375)
})

test('on a wide screen the log box, kept in view, covers none of the results', async ({
  doctor,
}) => {
  await doctor.page.setViewportSize({ width: 1280, height: 720 })
  await doctor.paste(readSample('no-live-upstreams'))
  for (const name of ['Diagnosis', 'Check it step by step', 'Share this diagnosis']) {
    const section = doctor.page.getByRole('region', { name, exact: true })
    await expect(section).toBeVisible()
    expect(await section.evaluate(reachableAtTop), name).toBe(true)
  }
})

test('every request stays on the page’s own origin', async ({ doctor, context, baseURL }) => {
  const requested: string[] = []
  doctor.page.on('request', (request) => requested.push(request.url()))
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await doctor.page.reload()
  await doctor.paste(MIXED)
  await doctor.page.getByRole('button', { name: 'Connection refused' }).click()
  await doctor.page.getByRole('button', { name: 'Replace my text' }).click()
  await doctor.findings.first().getByRole('button', { name: 'Copy' }).click()
  await expect(doctor.finding('upstream-refused')).toBeVisible()
  const origin = new URL(baseURL ?? '').origin
  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([])
})
