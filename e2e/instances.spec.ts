import { CONTAINER_INCIDENTS } from '../src/core/log/corpus/incidents-containers.ts'
import { expect, test } from './fixtures.ts'

// https://github.com/verifywise-ai/verifywise/issues/3698: nginx's lines as `docker compose
// logs` wrote them, each behind its container's name.
const paste = CONTAINER_INCIDENTS.find((i) => i.source.endsWith('verifywise/issues/3698'))!.paste

test('a finding says which container it happens in', async ({ doctor }) => {
  await doctor.open()
  await doctor.paste(paste)
  const finding = doctor.finding('upstream-refused')
  await expect(finding).toBeVisible()
  await expect(finding.locator('.facts')).toContainText('Where')
  await expect(finding.locator('.facts')).toContainText('frontend_1 (2 lines)')
})

// Two Compose logs from two threads (the one above and TeamPiped/Piped#1104), pasted one
// after the other as a person pastes two hosts' logs.
const piped = CONTAINER_INCIDENTS.find((i) => i.source.endsWith('Piped/issues/1104'))!.paste

test('a log of several instances lists which one shows which cause', async ({ doctor, page }) => {
  await doctor.open()
  await doctor.paste(`${paste}\n${piped}`)
  await expect(doctor.finding('dns-no-resolver')).toBeVisible()
  const table = page.locator('.instance-table')
  await table.locator('summary').click()
  await expect(table.getByRole('row', { name: /frontend_1/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /^nginx/ })).toBeVisible()
  await expect(table.locator('td[data-cause-lines="dns-no-resolver"]').first()).toBeVisible()
})

test('a guide offers the query that finds its cause on every host', async ({ doctor, page }) => {
  await doctor.open()
  await doctor.paste(paste)
  // The first finding's guide is open on arrival.
  const queries = page.locator('.fleet-queries').first()
  await queries.locator('summary').click()
  await expect(queries.getByRole('region', { name: 'Loki (LogQL)' })).toContainText('|~')
  await expect(
    queries.getByRole('button', { name: /Copy cloudwatch logs insights query/i }),
  ).toBeVisible()
})
