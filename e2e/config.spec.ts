import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { CORPUS_CONFIGS } from '../src/core/config/corpus/configs.ts'
import { MORE_CORPUS_CONFIGS } from '../src/core/config/corpus/configs-more.ts'
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

test('the finding’s guide shows its route in the config, and the config’s values fill its steps', async ({
  doctor,
}) => {
  const { page } = doctor
  await doctor.paste(graphite.log ?? '')
  await page.getByRole('textbox', { name: /config/ }).fill(graphite.text)
  const route = page.locator('[data-in-config="address"]')
  await expect(route).toBeVisible()
  await expect(route).toContainText('In your config')
  await expect(route).toContainText('27  proxy_pass http://localhost:8080;')
  await expect(route.locator('[data-check-ref="localhost-ipv6-first"]')).toBeVisible()
  // A bare paste has no file names: no one-command patch, the edits are made by hand.
  await expect(page.locator('.config-diff')).toContainText('Paste the output of sudo nginx -T')
})

test('the lab’s own nginx -T and the log it wrote: the file the fix edits comes from the config', async ({
  doctor,
}) => {
  const { page } = doctor
  const fixtures = new URL('../src/core/config/fixtures/', import.meta.url)
  await doctor.paste(readFileSync(new URL('lab-dump-error.log', fixtures), 'utf8'))
  await page
    .getByRole('textbox', { name: /config/ })
    .fill(readFileSync(new URL('lab-dump.txt', fixtures), 'latin1'))
  const route = page.locator('[data-in-config="address"]')
  await expect(route.locator('pre')).toContainText(
    '/tmp/labdump/conf/conf.d/upstream.conf\n   1  upstream lab_dead_pool {',
  )
  await page.getByText('Your setup and values').first().click()
  const file = page.getByRole('textbox', { name: 'nginx config file' })
  await expect(file).toHaveValue('/tmp/labdump/conf/nginx.conf')
  await expect(file).toHaveAccessibleDescription('from your config')
  // The finding's first line names the server it tried; the group it belongs to is the config's.
  const group = page.getByRole('textbox', { name: 'Upstream group name' })
  await expect(group).toHaveValue('lab_dead_pool')
  await expect(group).toHaveAccessibleDescription('from your config')
  // Long paths scroll inside their boxes: the page itself never scrolls sideways.
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(sideways).toBe(0)
})

test('a Compose config answers the setup the log leaves open, with its own line as the clue', async ({
  doctor,
}) => {
  const { page } = doctor
  // https://github.com/er0080/vllm-benchmarking/issues/62: nginx proxies to the api service by
  // its name; after api was recreated, nginx kept the old address. The log line names only
  // an address, so where the backend runs comes from the config.
  const api = MORE_CORPUS_CONFIGS.find((c) => c.source.endsWith('vllm-benchmarking/issues/62'))!
  await doctor.paste(api.log ?? '')
  await page.getByRole('textbox', { name: /config/ }).fill(api.text)
  const guesses = page.locator('.setup-guesses')
  await expect(guesses).toContainText('Fixes ordered for what your config shows')
  await expect(guesses).toContainText(
    'your config passes to a service name: proxy_pass http://api:8000/api/;',
  )
  const mistake = page.locator('[data-check="hostname-resolved-once"]')
  await expect(mistake).toContainText('Your log shows what this causes')
})

test('a link carries the config’s mistakes, redacted, and never the config', async ({
  doctor,
  browser,
}) => {
  const { page } = doctor
  // https://github.com/hypothesis/h/pull/6770: its log line, and its nginx.conf before the fix.
  const h = MORE_CORPUS_CONFIGS.find((c) => c.source.endsWith('hypothesis/h/pull/6770'))!
  await doctor.paste(h.log ?? '')
  await page.getByRole('textbox', { name: /config/ }).fill(h.text)
  await expect(page.locator('[data-check="worker-connections-over-nofile"]')).toBeVisible()
  const permalink = page.getByRole('textbox', { name: 'Permalink' })
  await expect(permalink).toHaveValue(/#v1\./)
  const link = await permalink.inputValue()

  const other = await browser.newContext()
  const them = await other.newPage()
  await them.goto(link)
  await expect(them.getByText('Shared diagnosis.')).toBeVisible()
  const shared = them.locator('[data-check]')
  await expect(them.locator('[data-check="worker-connections-over-nofile"]')).toContainText(
    'worker_connections 4096',
  )
  await expect(shared.filter({ hasText: 'hypothesis.github.io' })).toHaveCount(0)
  await expect(them.locator('[data-check="ssl-upstream-without-sni"]')).toContainText(
    /proxy_pass https:\/\/upstream-[A-Z]/,
  )
  // The config box of the one who opens it stays empty: the config never travelled.
  await expect(them.getByRole('textbox', { name: /config/ })).toHaveValue('')
  await other.close()
})

test('a config file dropped on its box is read into it; a binary one is refused and the box kept', async ({
  doctor,
}) => {
  const { page } = doctor
  const box = page.getByRole('textbox', { name: /config/ })
  const drop = async (name: string, bytes: number[]) => {
    const data = await page.evaluateHandle(
      ({ name, bytes }) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(bytes)], name))
        return transfer
      },
      { name, bytes },
    )
    await page.locator('.config-input').dispatchEvent('drop', { dataTransfer: data })
  }
  await drop('site.conf', [...Buffer.from(graphite.text)])
  await expect(box).toHaveValue(graphite.text)
  await expect(page.locator('[data-check="localhost-ipv6-first"]')).toBeVisible()
  await drop('nginx.conf.gz', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00])
  await expect(page.getByRole('alert')).toContainText('nginx.conf.gz is not a text file')
  await expect(box).toHaveValue(graphite.text)
})
