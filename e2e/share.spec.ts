import { expect, test } from './fixtures.ts'
import { readSample } from './lab-samples.ts'

// A v1 link exactly as this version writes it (also frozen in src/core/permalink/codec.test.ts).
// Links people have shared must keep opening: never change it.
const FROZEN_V1 =
  'v1.dZBNb8IwDIb_iuVdYCprE0Q35TpN23EHboCmLHVptJJ0SQoHxH9fLD5O7JIP-_Fr-z3iHpUosLeOIqoVykrWpRCllFBJJRdKPsOKQvBhA4uXun7gQ8GjAOOdI5MmU2i17amBiRBCwes5bL2DQO0YqZnCocvAtcC6LSQP4xBTIL0rwPSWXFKXeyYKiBT2FBREm4j_gX5HihlZ4_vbEkr4WC4_S_Ek1ljchDjbpTSoslwpJTZqXlVVyUTnz7VnuTXipkDjR5d44yManadEhVeh2WXumR32Nd68mRfY2hBTJu-YxJy-l6xVVeEpd9QuHihkoSPGpAOjvd_iqcBBx9yO3W-ta744mvlIaRyYDnlSu-MJG29-KORW3zo_XC5B5xtijdh7XidrZ--sYTp2fuCUyfuT-3fB0x8'

test('the permalink reopens the same findings in a fresh browser, marked as shared', async ({
  doctor,
  browser,
}) => {
  await doctor.open()
  await doctor.paste(readSample('no-live-upstreams'))
  await expect(doctor.finding('no-live-upstreams')).toBeVisible()
  const permalink = doctor.page.getByRole('textbox', { name: 'Permalink' })
  await expect(permalink).toHaveValue(/#v1\.[A-Za-z0-9_-]+$/)
  await expect(doctor.page.getByRole('button', { name: /Copy link/ })).toBeVisible()
  const link = await permalink.inputValue()
  expect(doctor.page.url()).toBe(link)
  const counts = await doctor.findings.evaluateAll((els) =>
    els.map((el) => [
      el.getAttribute('data-cause'),
      /(\d[\d,]*) lines?/.exec(el.textContent ?? '')?.[1],
    ]),
  )

  const other = await browser.newContext()
  const page = await other.newPage()
  await page.goto(link)
  await expect(page.getByText('Shared diagnosis.')).toBeVisible()
  await expect
    .poll(() =>
      page
        .locator('[data-cause]')
        .evaluateAll((els) =>
          els.map((el) => [
            el.getAttribute('data-cause'),
            /(\d[\d,]*) lines?/.exec(el.textContent ?? '')?.[1],
          ]),
        ),
    )
    .toEqual(counts)
  await other.close()
})

test('the shared lines are redacted by default', async ({ doctor }) => {
  await doctor.open()
  const sample = readSample('refused').replaceAll('127.0.0.1 - -', '203.0.113.7 - -')
  await doctor.paste(
    sample
      .replaceAll('client: 127.0.0.1', 'client: 203.0.113.7')
      .replaceAll('lab-refused', 'shop.example.com'),
  )
  await doctor.page.getByText(/Exactly what the link and the card contain/).click()
  const preview = doctor.page.locator('.share-preview pre')
  await expect(preview).toContainText('client-1')
  await expect(preview).not.toContainText('203.0.113.7')
  await expect(preview).not.toContainText('shop.example.com')
})

test('opening a link never replaces the person’s own work', async ({ doctor }) => {
  await doctor.open()
  const own = readSample('socket-missing')
  await doctor.paste(own)
  await expect(doctor.finding('socket-missing')).toBeVisible()
  // The address bar follows the person's own work: let it settle before a link replaces it.
  await expect(doctor.page).toHaveURL(/#v1\./)
  await doctor.page.goto('/#' + FROZEN_V1)
  await doctor.page.reload()
  await expect(doctor.page.getByText('Shared diagnosis.')).toBeVisible()
  await expect(doctor.finding('upstream-refused-ipv6')).toContainText('3 lines')
  await doctor.page.getByRole('button', { name: 'Back to my own work' }).click()
  await expect(doctor.logBox).toHaveValue(own)
  await expect(doctor.finding('socket-missing')).toBeVisible()
})

test('a damaged link says so and keeps the person’s work', async ({ doctor }) => {
  await doctor.open()
  const own = readSample('socket-missing')
  await doctor.paste(own)
  await expect(doctor.page).toHaveURL(/#v1\./)
  await doctor.page.goto('/#' + FROZEN_V1.slice(0, 60))
  await doctor.page.reload()
  await expect(doctor.page.getByRole('alert')).toContainText('This link could not be opened')
  await expect(doctor.logBox).toHaveValue(own)
  // The bar goes back to following the person's own work; let it, before the next link.
  await expect(doctor.page).toHaveURL(/#v1\./)
  await doctor.page.goto('/#v9.' + FROZEN_V1.slice(3))
  await doctor.page.reload()
  await expect(doctor.page.getByRole('alert')).toContainText('newer version')
})

test('the paste survives a reload', async ({ doctor }) => {
  await doctor.open()
  await doctor.paste(readSample('reset'))
  await expect(doctor.finding('upstream-reset')).toBeVisible()
  await doctor.page.reload()
  await expect(doctor.logBox).toHaveValue(readSample('reset'))
  await expect(doctor.finding('upstream-reset')).toBeVisible()
})

test('markup in pasted lines is shown as text and never runs', async ({ doctor }) => {
  const dialogs: string[] = []
  doctor.page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await doctor.open()
  const line = readSample('refused').split('\n')[0]!
  const hostile = [
    line.replace('GET / HTTP/1.1', 'GET /<script>window.__pwned=1;alert(1)</script> HTTP/1.1'),
    line.replace('lab-refused', '<img src=x onerror="window.__pwned=1;alert(2)">'),
    line.replace('GET / HTTP/1.1', 'GET /"]) --> x{{end}} %%{init: {}}%% HTTP/1.1'),
  ].join('\n')
  await doctor.paste(hostile)
  await expect(doctor.finding('upstream-refused')).toContainText('3 lines')
  await expect(
    doctor.page.getByText('<script>window.__pwned=1;', { exact: false }).first(),
  ).toBeVisible()
  expect(
    await doctor.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
  expect(dialogs).toEqual([])
})

test('paste, share and reopen make no request to another origin', async ({ doctor, baseURL }) => {
  const requests: string[] = []
  doctor.page.on('request', (r) => requests.push(r.url()))
  await doctor.open()
  await doctor.paste(readSample('tls-to-plain'))
  await expect(doctor.finding('upstream-ssl')).toBeVisible()
  // Answer a question too: open the flowchart (mermaid loads) and walk the no-log path.
  await doctor.page.getByRole('button', { name: 'Show the flowchart' }).first().click()
  await expect(doctor.page.locator('svg').first()).toBeVisible()
  const link = await doctor.page.getByRole('textbox', { name: 'Permalink' }).inputValue()
  await doctor.page.goto(link)
  await doctor.page.reload()
  await expect(doctor.finding('upstream-ssl')).toBeVisible()
  await doctor.page.goto('/wizard')
  await doctor.page
    .getByRole('button', { name: /no log yet/i })
    .first()
    .click()
  expect(requests.length).toBeGreaterThan(0)
  for (const url of requests) expect(url.startsWith(baseURL ?? 'http://127.0.0.1')).toBe(true)
})

test('start over asks first, then clears everything', async ({ doctor }) => {
  await doctor.open()
  await doctor.paste(readSample('reset'))
  await doctor.page.getByRole('button', { name: 'Start over with an empty page' }).click()
  await doctor.page.getByRole('button', { name: 'Keep my work' }).click()
  await expect(doctor.logBox).toHaveValue(readSample('reset'))
  await doctor.page.getByRole('button', { name: 'Start over with an empty page' }).click()
  await doctor.page.getByRole('button', { name: 'Clear everything' }).click()
  await expect(doctor.logBox).toHaveValue('')
  await doctor.page.reload()
  await expect(doctor.logBox).toHaveValue('')
})

test('earlier diagnoses are listed in this browser', async ({ doctor }) => {
  await doctor.open()
  await doctor.paste(readSample('premature-close'))
  await expect(doctor.finding('upstream-premature-close')).toBeVisible()
  // Kept once the diagnosis has been still for a few seconds; the list shows on the next visit.
  await expect
    .poll(() => doctor.page.evaluate(() => localStorage.getItem('502-doctor.recent.v1') ?? ''), {
      timeout: 10_000,
    })
    .toContain('upstream-premature-close')
  await doctor.page.reload()
  await doctor.page.getByText(/Recent diagnoses in this browser \(1\)/).click()
  await expect(doctor.page.getByRole('link', { name: /upstream-premature-close/ })).toBeVisible()
})
