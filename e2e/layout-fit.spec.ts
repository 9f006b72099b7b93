import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { scrollWidth } from './in-page.ts'
import { readSample } from './lab-samples.ts'

// The flowchart fits its box on a desktop and on a phone, and zooms and pans for the whole
// tree; on a phone the examples fold away once a log is pasted, so the diagnosis comes next.

const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const

/** The drawing's box, as the page lays it out. */
interface BoxFit {
  scrollWidth: number
  clientWidth: number
  svgWidth: number
}

function fitOf(canvas: Locator): Promise<BoxFit> {
  return canvas.evaluate((box) => ({
    scrollWidth: box.scrollWidth,
    clientWidth: box.clientWidth,
    svgWidth: box.querySelector('svg')?.getBoundingClientRect().width ?? 0,
  }))
}

async function openFlowchart(page: Page): Promise<{ panel: Locator; canvas: Locator }> {
  const panel = page.locator('section.decision-panel')
  await panel.getByRole('button', { name: 'Show the flowchart' }).click()
  const canvas = panel.locator('.flowchart-canvas')
  await expect(canvas.locator('svg')).toBeVisible()
  await expect(panel.locator('div.flowchart')).toHaveAttribute('aria-busy', 'false')
  return { panel, canvas }
}

/** The drawn node of a tree node id (mermaid names it `…-flowchart-n_<id>-<n>`). */
function node(canvas: Locator, id: string): Locator {
  return canvas.locator(`svg g.node[id*="-flowchart-n_${id}-"]`)
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

async function expectFits(page: Page, canvas: Locator, width: number): Promise<void> {
  await expect
    .poll(async () => {
      const fit = await fitOf(canvas)
      return fit.scrollWidth <= fit.clientWidth
    })
    .toBe(true)
  expect(await page.evaluate(scrollWidth)).toBeLessThanOrEqual(width)
}

for (const size of SIZES) {
  test(`at ${size.width} px the path fits its box; the whole tree zooms and pans`, async ({
    doctor,
  }) => {
    const { page } = doctor
    await page.setViewportSize(size)
    await doctor.open()
    await doctor.paste(readSample('refused-ipv6'))
    const { panel, canvas } = await openFlowchart(page)

    // The path and its neighbours, scaled to the box: nothing to scroll sideways.
    for (const id of ['start', 'message', 'ipv6']) {
      await expect(node(canvas, id)).toHaveClass(/\bpath\b/)
    }
    await expect(node(canvas, 'out_refused_ipv6')).toHaveClass(/\bcurrent\b/)
    await expect(node(canvas, 'dns')).toBeAttached()
    await expectFits(page, canvas, size.width)
    const fitted = await fitOf(canvas)
    expect(fitted.svgWidth).toBeGreaterThan(fitted.clientWidth * 0.6)

    // Walking on (a click on the path) keeps it fitted.
    await node(canvas, 'message').click()
    await expect(node(canvas, 'message')).toHaveClass(/\bcurrent\b/)
    await expect(node(canvas, 'selinux')).toBeAttached()
    await expectFits(page, canvas, size.width)

    // The whole tree opens at its drawn size, wider than the box, and zooms.
    const whole = panel.getByRole('button', { name: 'Whole tree' })
    await expect(whole).toHaveAttribute('aria-pressed', 'false')
    await whole.click()
    await expect(whole).toHaveAttribute('aria-pressed', 'true')
    await expect(node(canvas, 'out_oom')).toBeAttached()
    await expect
      .poll(async () => (await fitOf(canvas)).scrollWidth)
      .toBeGreaterThan(fitted.clientWidth)
    const drawn = (await fitOf(canvas)).svgWidth
    await expectNoSeriousViolations(page)

    await panel.getByRole('button', { name: 'Zoom out' }).click()
    const smaller = (await fitOf(canvas)).svgWidth
    expect(smaller).toBeLessThan(drawn * 0.85)
    await panel.getByRole('button', { name: 'Zoom in' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    expect((await fitOf(canvas)).svgWidth).toBeGreaterThan(drawn * 1.15)

    // Ctrl + wheel zooms around the pointer; a drag pans the box.
    const box = await canvas.boundingBox()
    if (box === null) throw new Error('the flowchart box is not laid out')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    const beforeWheel = (await fitOf(canvas)).svgWidth
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, 300)
    await page.keyboard.up('Control')
    await expect.poll(async () => (await fitOf(canvas)).svgWidth).toBeLessThan(beforeWheel)
    const scrolled = () => canvas.evaluate((el) => [el.scrollLeft, el.scrollTop])
    const [left, top] = await scrolled()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 40, { steps: 5 })
    await page.mouse.up()
    const [leftAfter, topAfter] = await scrolled()
    expect(
      Math.abs((leftAfter ?? 0) - (left ?? 0)) + Math.abs((topAfter ?? 0) - (top ?? 0)),
    ).toBeGreaterThan(30)
    expect(await page.evaluate(scrollWidth)).toBeLessThanOrEqual(size.width)

    // Fit brings the whole tree into the box's width; back to the path, fitted again.
    await panel.getByRole('button', { name: 'Fit to width' }).click()
    await expectFits(page, canvas, size.width)
    await whole.click()
    await expect(whole).toHaveAttribute('aria-pressed', 'false')
    await expect(node(canvas, 'out_oom')).toHaveCount(0)
    await expectFits(page, canvas, size.width)
    await page.screenshot({ path: `test-results/layout-fit-${size.width}.png` })
  })
}

test('with no log, each step of the tree fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/wizard')
  const { panel, canvas } = await openFlowchart(page)
  await expectFits(page, canvas, 390)
  // The answer buttons (the drawing's nodes are buttons too, but not <button>s).
  await panel.locator('button', { hasText: 'Only the error page' }).click()
  await expect(node(canvas, 'find_log')).toHaveClass(/\bcurrent\b/)
  await expectFits(page, canvas, 390)
  await panel.locator('button', { hasText: 'Done, continue' }).click()
  await expect(node(canvas, 'backend_running')).toHaveClass(/\bcurrent\b/)
  await expectFits(page, canvas, 390)
})

test('on a phone, once a log is pasted, the findings come before the examples', async ({
  doctor,
}) => {
  const { page } = doctor
  await page.setViewportSize({ width: 390, height: 844 })
  await doctor.open()
  // Nothing pasted yet: the examples are open under the box.
  const example = page.getByRole('button', { name: 'Connection refused' })
  await expect(example).toBeVisible()

  const line = readSample('refused')
    .split('\n')
    .find((l) => l.includes('connect() failed'))
  await doctor.paste(line ?? '')
  const finding = doctor.findings.first()
  await expect(finding).toHaveAttribute('data-cause', 'upstream-refused')
  const folded = page.locator('details.examples-folded')
  await expect(folded).not.toHaveAttribute('open')
  await expect(example).toBeHidden()
  const findingTop = (await finding.boundingBox())?.y ?? Infinity
  const examplesTop = (await folded.boundingBox())?.y ?? -Infinity
  expect(findingTop).toBeLessThan(examplesTop)
  expect(await page.evaluate(scrollWidth)).toBeLessThanOrEqual(390)
  await expectNoSeriousViolations(page)
  await page.screenshot({ path: 'test-results/layout-fit-examples-390.png', fullPage: true })

  // Still there when wanted: open it and load one (it asks first: the line was typed).
  await folded.locator('summary').click()
  await example.click()
  await page.getByRole('button', { name: 'Replace my text' }).click()
  await expect(doctor.logBox).toHaveValue(readSample('refused'))
  await expect(doctor.finding('upstream-refused')).toBeVisible()
})

test('on a wide screen the examples stay under the box with a log in it', async ({ doctor }) => {
  const { page } = doctor
  await page.setViewportSize({ width: 1280, height: 900 })
  await doctor.open()
  await doctor.paste(readSample('refused'))
  await expect(doctor.findings.first()).toBeVisible()
  await expect(page.locator('details.examples-folded')).toHaveCount(0)
  const example = page.getByRole('button', { name: 'Connection refused' })
  await expect(example).toBeVisible()
  const boxBottom = await doctor.logBox.evaluate((el) => el.getBoundingClientRect().bottom)
  const exampleTop = (await example.boundingBox())?.y ?? 0
  expect(exampleTop).toBeGreaterThan(boxBottom)
  expect(exampleTop - boxBottom).toBeLessThan(200)
})
