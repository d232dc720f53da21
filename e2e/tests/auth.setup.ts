import { expect, test as setup } from '@playwright/test'

import { OWNER, OWNER_STATE } from './accounts.ts'
import { signIn } from './signIn.ts'

// Signs the owner in once; the other specs start from this saved state (cookie + language).
setup('sign in as the owner of Acme', async ({ page }) => {
  await page.goto('/login')
  await signIn(page, OWNER.email)
  await expect(page.getByTestId('current-workspace')).toHaveText(OWNER.workspaces.acme)
  await page.context().storageState({ path: OWNER_STATE })
})
