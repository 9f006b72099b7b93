import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Locator } from '@playwright/test'
import { INCIDENTS } from '../src/core/log/corpus/index.ts'
import { expect, test, type DoctorPage } from './fixtures.ts'
import { readSample } from './lab-samples.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

/** The command line's `--findings` for a paste: each finding's cause and fix ids. */
function cliFindings(text: string): { cause: string; fixes: string[] }[] {
  const run = spawnSync(process.execPath, ['bin/nginx-502-doctor.js', '--findings'], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
  })
  return (JSON.parse(run.stdout) as { findings: { cause: string; fixes: string[] }[] }).findings
}

function guideOf(doctor: DoctorPage, cause: string): Locator {
  return doctor.page
    .getByRole('listitem')
    .filter({ has: doctor.finding(cause) })
    .getByRole('region', { name: /^How to fix/ })
}

async function fixOrder(guide: Locator): Promise<string[]> {
  await expect(guide.locator('[data-fix]').first()).toBeVisible()
  const ids = await guide
    .locator('[data-fix]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-fix') ?? ''))
  return [...new Set(ids)]
}

// https://github.com/verifywise-ai/verifywise/issues/3698: nginx in a compose container sent
// /api to localhost:3000, its own loopback; the fix was the backend's service name.
const inContainer = INCIDENTS.find((i) => i.source.endsWith('verifywise/issues/3698'))!

test.beforeEach(async ({ doctor }) => {
  await doctor.open()
})

for (const [name, text] of [
  ['the lab’s refused line', readSample('refused')],
  ['the lab’s read time-out', readSample('read-timeout')],
  ['the lab’s socket-missing line', readSample('socket-missing')],
  ['a compose log from a thread', inContainer.paste],
] as const) {
  test(`${name}: the page offers the fixes in the command line’s order`, async ({ doctor }) => {
    const [first] = cliFindings(text)
    await doctor.paste(text)
    expect(await fixOrder(guideOf(doctor, first!.cause))).toEqual(first!.fixes)
  })
}

test('a compose log: the fix between containers comes first, said why, and Not sure undoes it', async ({
  doctor,
}) => {
  await doctor.paste(inContainer.paste)
  const guide = guideOf(doctor, 'upstream-refused')
  expect((await fixOrder(guide))[0]).toBe('use-service-name')
  await expect(guide.getByText(/Docker \/ Compose/).first()).toBeVisible()
  await expect(guide.getByText(/start with a Docker Compose service/).first()).toBeVisible()
  await guide.getByRole('button', { name: 'Not sure it is In a container' }).click()
  const after = await fixOrder(guide)
  expect(after[0]).not.toBe('use-service-name')
  // Reordered, never hidden.
  expect(after).toContain('use-service-name')
})

test('the one setup question that changes the first fix is asked in the finding', async ({
  doctor,
}) => {
  await doctor.paste(readSample('read-timeout'))
  const guide = guideOf(doctor, 'upstream-read-timeout')
  const before = await fixOrder(guide)
  const ask = guide.getByRole('group', { name: /In front of nginx/ })
  await ask.getByRole('button', { name: 'Cloudflare' }).click()
  await expect(guide.locator('[data-fix]').first()).toHaveAttribute(
    'data-fix',
    'align-front-timeouts',
  )
  expect(before[0]).not.toBe('align-front-timeouts')
  expect([...(await fixOrder(guide))].sort()).toEqual([...before].sort())
})

test('one line at 1280×900: the first fix’s first command in two screens, the page in four', async ({
  doctor,
}) => {
  await doctor.page.setViewportSize({ width: 1280, height: 900 })
  await doctor.paste(readSample('refused').split('\n')[0]!)
  const command = guideOf(doctor, 'upstream-refused').locator('[data-fix]').first().locator('pre')
  await expect(command.first()).toBeVisible()
  const top = await command.first().evaluate((el) => el.getBoundingClientRect().top + scrollY)
  const height = await doctor.page.evaluate(() => document.documentElement.scrollHeight)
  expect(top).toBeLessThan(2 * 900)
  expect(height).toBeLessThanOrEqual(4 * 900)
})
