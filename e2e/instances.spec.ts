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
