import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test, type DoctorPage } from './fixtures.ts'
import { readClipboard, scrollWidth } from './in-page.ts'
import { readSample, type ManifestEntry } from './lab-samples.ts'

const MANIFEST = JSON.parse(
  readFileSync(new URL('../lab/captured/manifest.json', import.meta.url), 'utf8'),
) as ManifestEntry[]

// Slots whose values come from the upstream nginx named: the part of a fix that differs per log.
const LOG_SLOTS = ['address', 'host', 'port', 'socket', 'group']

/** The guide shown under a finding. */
function guideOf(doctor: DoctorPage, cause: string): Locator {
  return doctor.page
    .getByRole('listitem')
    .filter({ has: doctor.finding(cause) })
    .getByRole('region', { name: /^How to fix/ })
}

/** Opens a finding's guide (the first one is open already). */
async function openGuide(doctor: DoctorPage, cause: string): Promise<Locator> {
  const toggle = doctor.finding(cause).getByRole('heading').getByRole('button')
  // The open guide arrives a moment later and pushes the findings below it down: a click
  // aimed at one of them while it lands would hit the guide instead.
  await expect(doctor.page.getByText('Loading the fix…')).toHaveCount(0)
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const guide = guideOf(doctor, cause)
  await expect(guide.getByRole('heading', { name: 'Check first' })).toBeVisible()
  return guide
}

/** Unfolds the guide's setup and values forms. */
async function openForms(guide: Locator): Promise<void> {
  await guide.getByText(/^Your setup and values/).click()
}

/** The step whose command or snippet contains `text`. */
function step(guide: Locator, text: string): Locator {
  return guide.locator('.step').filter({ has: guide.page().locator('pre', { hasText: text }) })
}

async function focusedIn(page: Page, within: Locator, selector: string): Promise<boolean> {
  const handle = await within.elementHandle()
  return page.evaluate(
    ([root, sel]) => {
      const active = (globalThis as unknown as { document: { activeElement: unknown } }).document
        .activeElement as { matches?: (s: string) => boolean } | null
      const inside = (root as { contains: (n: unknown) => boolean }).contains(active)
      return inside && active?.matches?.(sel) === true
    },
    [handle, selector] as const,
  )
}

test.beforeEach(async ({ doctor }) => {
  await doctor.open()
})

for (const { id, cause } of MANIFEST) {
  if (cause === null) continue
  test(`${id}: the ${cause} guide opens with the log's values filled in`, async ({ doctor }) => {
    const text = readSample(id)
    await doctor.paste(text)
    await expect(doctor.finding(cause)).toBeVisible()
    const guide = await openGuide(doctor, cause)
    await expect(guide.getByRole('heading', { name: 'Fix' })).toBeVisible()
    await expect(guide.getByRole('heading', { name: 'Prevent' })).toBeVisible()
    // Every step is filled, the folded ones (more checks, more fixes) too.
    const filled = guide.locator(
      LOG_SLOTS.map((s) => `.step .slot-filled[data-slot="${s}"]`).join(),
    )
    await expect(filled).not.toHaveCount(0)
    const values = await filled.allTextContents()
    for (const value of values) expect(text).toContain(value)
  })
}

test('a DNS failure fills its guide with the name nginx could not resolve', async ({ doctor }) => {
  await doctor.paste(readSample('resolver-down'))
  const guide = await openGuide(doctor, 'dns-resolve-failed')
  await expect(guide.locator('.step .slot-filled[data-slot="host"]').first()).toHaveText(
    'backend.invalid',
  )
  await expect(guide.locator('.step .slot-missing[data-slot="host"]')).toHaveCount(0)
})

test('a snippet copies exactly as shown, filled from the log', async ({ doctor, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const text = readSample('refused')
  const port = /127\.0\.0\.1:(\d+)/.exec(text)?.[1] ?? ''
  await doctor.paste(text)
  const guide = await openGuide(doctor, 'upstream-refused')
  await guide.getByText('Point nginx at the address the backend really listens on').click()
  const snippet = step(guide, `proxy_pass http://127.0.0.1:${port};`).first()
  await expect(snippet.getByText(/In the location block of/)).toBeVisible()
  const shown = await snippet.locator('pre').innerText()
  expect(shown).toContain(`proxy_pass http://127.0.0.1:${port};`)
  await snippet.getByRole('button', { name: 'Copy' }).click()
  await expect(snippet.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await doctor.page.evaluate(readClipboard)).toBe(shown)
})

test('answering the runtime swaps systemd steps for Docker ones', async ({ doctor }) => {
  await doctor.paste(readSample('refused'))
  const guide = await openGuide(doctor, 'upstream-refused')
  await openForms(guide)
  const runtime = guide.getByLabel('How it runs')
  const where = guide.getByLabel('Where it runs')
  await expect(where).toHaveValue('same-host')
  await expect(where).toHaveAccessibleDescription('from your log')
  const first = guide.locator('[data-fix]').first()

  await runtime.selectOption('systemd')
  await expect(step(first, 'sudo systemctl start')).toBeVisible()
  await expect(step(guide, 'docker compose up -d')).toBeHidden()

  await runtime.selectOption('docker')
  await expect(step(first, 'docker compose up -d')).toBeVisible()
  await expect(step(guide, 'sudo systemctl start')).toBeHidden()
})

test('a typed service name replaces <service> in every step', async ({ doctor }) => {
  await doctor.paste(readSample('refused'))
  const guide = await openGuide(doctor, 'upstream-refused')
  await expect(step(guide, 'sudo systemctl start <service>')).toBeVisible()
  await openForms(guide)
  await guide.getByLabel('Service name').fill('shop-api')
  await expect(step(guide, 'sudo systemctl start shop-api')).toBeVisible()
  await expect(guide.locator('pre', { hasText: '<service>' })).toHaveCount(0)
  // The value stays for the next guide.
  await doctor.paste(readSample('reset'))
  const next = await openGuide(doctor, 'upstream-reset')
  await openForms(next)
  await expect(next.getByLabel('Service name')).toHaveValue('shop-api')
})

test('several findings: the first says why it comes first; Enter opens another', async ({
  doctor,
}) => {
  await doctor.paste(readSample('no-live-upstreams'))
  const first = doctor.findings.first()
  await expect(first).toHaveAttribute('data-cause', 'upstream-refused')
  await expect(first.getByText('Start here')).toBeVisible()
  await expect(first.getByText(/no live upstreams/)).toBeVisible()

  const toggle = doctor.finding('no-live-upstreams').getByRole('heading').getByRole('button')
  await toggle.focus()
  await doctor.page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(first.getByRole('heading').getByRole('button')).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  const guide = guideOf(doctor, 'no-live-upstreams')
  await expect(guide.locator('.slot-filled[data-slot="group"]').first()).toHaveText('lab_dead_pool')
})

test('localhost refused on both its addresses: nothing listens, and the page says why', async ({
  doctor,
}) => {
  // The lab's real nginx with localhost as [::1] and 127.0.0.1, nothing on the port.
  await doctor.paste(readSample('localhost-pair'))
  const first = doctor.findings.first()
  await expect(first).toHaveAttribute('data-cause', 'upstream-refused')
  await expect(first.getByText(/`?localhost`? is two servers to nginx.*both refused/)).toBeVisible()
  await expect(first.getByText(/Includes 1 line refused at/)).toBeVisible()
  await expect(doctor.finding('upstream-refused-ipv6')).toHaveCount(0)
  await expect(doctor.finding('no-live-upstreams')).toBeVisible()
})

test('the guides load only once a finding is shown', async ({ doctor }) => {
  const scripts: string[] = []
  doctor.page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  await doctor.page.reload()
  await expect(doctor.logBox).toBeVisible()
  expect(scripts.filter((url) => url.includes('guide-body'))).toEqual([])
  await doctor.paste(readSample('refused'))
  await openGuide(doctor, 'upstream-refused')
  expect(scripts.filter((url) => url.includes('guide-body'))).toHaveLength(1)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations with a guide open (${colorScheme})`, async ({
    doctor,
  }) => {
    await doctor.page.emulateMedia({ colorScheme })
    await doctor.paste(readSample('refused'))
    const guide = await openGuide(doctor, 'upstream-refused')
    await openForms(guide)
    await guide.getByLabel('Service name').fill('shop-api')
    const { violations } = await new AxeBuilder({ page: doctor.page }).analyze()
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
}

test('nothing overflows at 375 px with a guide open', async ({ doctor }) => {
  await doctor.page.setViewportSize({ width: 375, height: 800 })
  await doctor.paste(readSample('socket-missing'))
  const guide = await openGuide(doctor, 'socket-missing')
  await openForms(guide)
  await guide.getByLabel('nginx config file').fill(`/etc/nginx/${'very-long-name-'.repeat(8)}.conf`)
  await guide.locator('details summary').last().click()
  expect(await doctor.page.evaluate(scrollWidth)).toBeLessThanOrEqual(375)
})

test('the keyboard reaches the first fix’s Copy button and the setup form', async ({
  doctor,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { page } = doctor
  await doctor.paste(readSample('refused'))
  const guide = await openGuide(doctor, 'upstream-refused')
  const firstFix = guide.locator('[data-fix]').first()
  await doctor.finding('upstream-refused').getByRole('heading').getByRole('button').focus()
  let reachedCopy = false
  for (let i = 0; i < 60 && !reachedCopy; i += 1) {
    await page.keyboard.press('Tab')
    reachedCopy = await focusedIn(page, firstFix.locator('.step').first(), 'button')
  }
  expect(reachedCopy).toBe(true)
  await page.keyboard.press('Enter')
  await expect(
    firstFix.locator('.step').first().getByRole('button', { name: 'Copied' }),
  ).toBeVisible()
  let reachedForms = false
  for (let i = 0; i < 60 && !reachedForms; i += 1) {
    await page.keyboard.press('Tab')
    reachedForms = await focusedIn(page, guide.locator('.guide-forms'), 'summary')
  }
  expect(reachedForms).toBe(true)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  expect(await focusedIn(page, guide, 'select')).toBe(true)
})
