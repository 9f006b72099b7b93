import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { scrollWidth } from './in-page.ts'
import { readSample } from './lab-samples.ts'

/** The decision panel, as a person sees it. */
class DecisionPanel {
  readonly page: Page
  readonly panel: Locator
  readonly path: Locator
  readonly flowchart: Locator

  constructor(page: Page) {
    this.page = page
    this.panel = page.locator('section.decision-panel')
    this.path = this.panel.getByRole('list', { name: 'Your path so far' })
    this.flowchart = this.panel.locator('.flowchart-canvas svg')
  }

  answer(label: string): Promise<void> {
    return this.panel.getByRole('button', { name: label, exact: false }).first().click()
  }

  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true })
  }

  /** The question or cause shown now. */
  step(): Locator {
    return this.panel.locator('h3').first()
  }

  /** The drawn node of a tree node id (mermaid names it `…-flowchart-n_<id>-<n>`). */
  node(id: string): Locator {
    return this.flowchart.locator(`g.node[id*="-flowchart-n_${id}-"]`)
  }

  async openFlowchart(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Show the flowchart' }).click()
    await expect(this.flowchart).toBeVisible()
  }
}

const IPV6_TITLE = 'nginx tried IPv6 (::1) but the app listens on IPv4 only'

test('a pasted log answers the questions it can and lands on its cause', async ({ doctor }) => {
  await doctor.open()
  await doctor.paste(readSample('refused-ipv6'))
  const tree = new DecisionPanel(doctor.page)
  await expect(tree.step()).toHaveText(IPV6_TITLE)
  const fromLog = tree.path.getByRole('listitem').filter({ hasText: 'from your log' })
  await expect(fromLog).toHaveCount(3)
  await expect(fromLog.nth(1)).toContainText('What does the log say?')
  await expect(fromLog.nth(1)).toContainText('Connection refused')
  await expect(fromLog.nth(2)).toContainText('IPv6 localhost?')

  // The diagnosis above already shows this cause with its fix: pointed to, not repeated.
  await expect(tree.panel.locator('.guide')).toHaveCount(0)
  await tree.button('Go to the fix').click()
  const toggle = doctor.finding('upstream-refused-ipv6').getByRole('button', { expanded: true })
  await expect(toggle).toBeFocused()

  // Change the log's answer: the person's answer wins and the path follows it.
  await tree.button('Change “IPv6 localhost?”').click()
  await expect(tree.step()).toHaveText(
    'Does the upstream address read [::1], or proxy_pass say localhost?',
  )
  await expect(tree.panel.getByRole('button', { name: /Yes: \[::1\]/ })).toContainText(
    'from your log',
  )
  await tree.answer('No: an IPv4 address')
  await expect(tree.step()).toHaveText('Nothing is listening at the upstream address')
  await expect(tree.path.getByRole('listitem').last()).toContainText('No: an IPv4 address')
  await expect(tree.path.getByRole('listitem').last()).not.toContainText('from your log')
  await expect(fromLog).toHaveCount(2)
  // A cause the log does not show: its fix is here, in full.
  await expect(tree.panel.locator('.guide')).toHaveCount(1)
  await expect(tree.button('Go to the fix')).toHaveCount(0)

  // Start over forgets the person's answers; the log's come back.
  await tree.button('Start over').click()
  await expect(tree.step()).toHaveText(IPV6_TITLE)
})

test('answers given for an earlier log do not override a new one', async ({ doctor }) => {
  await doctor.open()
  const yesterday = readSample('refused-ipv6')
  await doctor.paste(yesterday)
  const tree = new DecisionPanel(doctor.page)
  await tree.button('Change “IPv6 localhost?”').click()
  await tree.answer('No: an IPv4 address')
  const answered = 'Nothing is listening at the upstream address'
  await expect(tree.step()).toHaveText(answered)

  // Kept across a reload, and for more lines of the same log.
  await doctor.page.reload()
  await expect(tree.step()).toHaveText(answered)
  await doctor.paste(`${yesterday}\n${yesterday}`)
  await expect(tree.step()).toHaveText(answered)

  // Another log (the same failure a day later): its own reading, nothing of the old answers.
  await doctor.paste(
    yesterday.replaceAll('2026/11/22', '2026/11/23').replaceAll('22/Nov', '23/Nov'),
  )
  await expect(tree.step()).toHaveText(IPV6_TITLE)
  await expect(tree.path.getByRole('listitem').filter({ hasText: 'from your log' })).toHaveCount(3)
})

test('the flowchart highlights the path and a click on it goes back there', async ({ doctor }) => {
  await doctor.open()
  await doctor.paste(readSample('refused-ipv6'))
  const tree = new DecisionPanel(doctor.page)
  await expect(tree.step()).toHaveText(IPV6_TITLE)
  const toggle = tree.panel.getByRole('button', { name: 'Show the flowchart' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await tree.openFlowchart()
  await expect(tree.panel.getByRole('button', { name: 'Hide the flowchart' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  for (const id of ['start', 'message', 'ipv6']) await expect(tree.node(id)).toHaveClass(/\bpath\b/)
  await expect(tree.node('out_refused_ipv6')).toHaveClass(/\bcurrent\b/)
  await expect(tree.node('dns')).not.toHaveClass(/\b(path|current)\b/)

  await tree.node('message').click()
  await expect(tree.step()).toHaveText('What does the error log say for the failing requests?')
  await expect(tree.node('message')).toHaveClass(/\bcurrent\b/)
  await expect(tree.node('ipv6')).not.toHaveClass(/\b(path|current)\b/)
  await expect(tree.node('message')).toBeFocused()

  // A next step is a button too: keyboard works as well as a click.
  await tree.node('selinux').focus()
  await doctor.page.keyboard.press('Enter')
  await expect(tree.step()).toHaveText(/Is SELinux enforcing/)
  await expect(tree.node('selinux')).toHaveClass(/\bcurrent\b/)
})

test('with no log: one question at a time to a fix, with Back and Start over', async ({
  doctor,
}) => {
  await doctor.open()
  await doctor.page.getByRole('link', { name: 'I have no log' }).click()
  await expect(doctor.page).toHaveURL(/\/wizard$/)
  await expect(doctor.page.getByRole('heading', { level: 1 })).toContainText('one question')
  const tree = new DecisionPanel(doctor.page)
  await expect(tree.step()).toHaveText('What do you have in front of you?')
  await expect(tree.button('Back')).toBeDisabled()

  await tree.answer('Only the error page (no log yet)')
  await expect(tree.step()).toContainText('Find the error log')
  await expect(tree.step()).toBeFocused()
  await expect(tree.panel.locator('.question-how pre').first()).toContainText('error_log')
  await tree.button('Done, continue').click()
  await expect(tree.step()).toHaveText(/Is the backend running/)
  await expect(tree.panel.getByText('systemctl status <service> --no-pager')).toBeVisible()
  await tree.answer('No, it is stopped or keeps restarting')
  await expect(tree.step()).toHaveText(/What stopped it/)

  await tree.button('Back').click()
  await expect(tree.step()).toHaveText(/Is the backend running/)
  await tree.answer('No, it is stopped or keeps restarting')
  await tree.answer('The kernel killed it (out of memory)')
  await expect(tree.step()).toHaveText('The kernel killed a process to free memory')
  await expect(tree.panel.getByText(/out-of-memory killer picked a process/)).toBeVisible()
  await expect(tree.path.getByRole('listitem')).toHaveCount(4)
  await expect(tree.path).not.toContainText('from your log')

  await tree.button('Start over').click()
  await expect(tree.step()).toHaveText('What do you have in front of you?')
  await expect(tree.path).toHaveCount(0)
})

test('the text version lists the tree and marks where the person is', async ({ page }) => {
  await page.goto('/wizard')
  const tree = new DecisionPanel(page)
  await tree.answer('A 504 Gateway Timeout')
  await page.getByText('Text version', { exact: true }).click()
  const outline = tree.panel.locator('.tree-outline')
  await expect(outline).toBeVisible()
  const here = outline.locator('[aria-current="step"]')
  await expect(here).toHaveCount(1)
  await expect(here).toContainText('Where did it time out')
  await expect(outline.locator('[aria-current="true"]')).toHaveText(/^A 504 Gateway Timeout/)
  await expect(outline).toContainText('Cause: The kernel killed a process to free memory')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations with the flowchart open (${colorScheme})`, async ({
    doctor,
  }) => {
    await doctor.page.emulateMedia({ colorScheme })
    await doctor.open()
    await doctor.paste(readSample('refused-ipv6'))
    const tree = new DecisionPanel(doctor.page)
    await tree.openFlowchart()
    await tree.node('message').click()
    await doctor.page.getByText('Text version', { exact: true }).click()
    await expect(tree.node('message')).toHaveClass(/\bcurrent\b/)
    const { violations } = await new AxeBuilder({ page: doctor.page }).analyze()
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
}

test('nothing overflows at 375 px with the flowchart open', async ({ doctor }) => {
  await doctor.page.setViewportSize({ width: 375, height: 800 })
  await doctor.open()
  await doctor.paste(readSample('refused-ipv6'))
  const tree = new DecisionPanel(doctor.page)
  await tree.openFlowchart()
  await doctor.page.getByText('Text version', { exact: true }).click()
  await expect(tree.node('ipv6')).toHaveClass(/\bpath\b/)
  expect(await doctor.page.evaluate(scrollWidth)).toBeLessThanOrEqual(375)
  await doctor.page.screenshot({ path: 'test-results/wizard-375.png', fullPage: true })

  await doctor.page.goto('/wizard')
  await tree.answer('Only the error page')
  await tree.openFlowchart()
  expect(await doctor.page.evaluate(scrollWidth)).toBeLessThanOrEqual(375)
})

test('a desktop screenshot with the flowchart open', async ({ doctor }) => {
  await doctor.page.setViewportSize({ width: 1280, height: 900 })
  await doctor.open()
  await doctor.paste(readSample('refused-ipv6'))
  const tree = new DecisionPanel(doctor.page)
  await tree.openFlowchart()
  await tree.panel.scrollIntoViewIfNeeded()
  await doctor.page.screenshot({ path: 'test-results/wizard-desktop.png' })
  await tree.panel.screenshot({ path: 'test-results/wizard-desktop-panel.png' })
})

test('every request of the wizard and the flowchart stays on the page’s own origin', async ({
  doctor,
  baseURL,
}) => {
  const requested: string[] = []
  doctor.page.on('request', (request) => requested.push(request.url()))
  await doctor.open()
  await doctor.paste(readSample('refused-ipv6'))
  const tree = new DecisionPanel(doctor.page)
  await expect(tree.step()).toHaveText(IPV6_TITLE)
  // Mermaid is big: it loads when the flowchart opens, not with the page or the panel.
  expect(requested.filter((url) => /mermaid|flowchart/.test(url))).toEqual([])
  await tree.openFlowchart()
  expect(requested.filter((url) => /mermaid\.core/.test(url))).toHaveLength(1)
  await tree.node('message').click()
  await doctor.page.getByRole('link', { name: 'I have no log' }).click()
  await tree.answer('Only the error page')
  await tree.openFlowchart()
  const origin = new URL(baseURL ?? '').origin
  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([])
})
