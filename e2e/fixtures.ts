import { test as base, type Locator, type Page } from '@playwright/test'

/** The start page, as a person sees it. */
export class DoctorPage {
  readonly page: Page
  readonly logBox: Locator
  readonly findings: Locator

  constructor(page: Page) {
    this.page = page
    this.logBox = page.getByRole('textbox', { name: /log/i })
    this.findings = page.locator('[data-cause]')
  }

  async open(): Promise<void> {
    await this.page.goto('/')
  }

  finding(cause: string): Locator {
    return this.page.locator(`[data-cause="${cause}"]`)
  }

  /** The line count a finding shows, as exact text ("1 line", "12 lines"). */
  count(cause: string, lines: number): Locator {
    const text = `${lines.toLocaleString('en-US')} ${lines === 1 ? 'line' : 'lines'}`
    return this.finding(cause).getByText(text, { exact: true })
  }

  async paste(text: string): Promise<void> {
    await this.logBox.fill(text)
  }
}

export const test = base.extend<{ doctor: DoctorPage }>({
  doctor: async ({ page }, use) => {
    await use(new DoctorPage(page))
  },
})

export { expect } from '@playwright/test'
