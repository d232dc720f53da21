import { expect, test } from '@playwright/test'

import { OWNER } from './accounts.ts'
import { SIGNED_OUT, signIn } from './signIn.ts'

// These tests sign in by themselves: each gets its own session (switching workspace or signing
// out must not touch the owner's saved session that the other specs use).
test.use({ storageState: SIGNED_OUT })

test.describe('sign-in', () => {
  test('log in, see the workspace, switch workspace, log out', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()

    await signIn(page, OWNER.email)

    await expect(page).toHaveURL('/')
    await expect(page.getByTestId('current-workspace')).toHaveText(OWNER.workspaces.acme)
    await expect(page.getByRole('heading', { level: 1, name: 'System status' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(nav.getByRole('link', { name: 'Members' })).toBeVisible()

    // Switch to Globex, where the same person is a marketer.
    await page.getByRole('button', { name: /^Workspace: Acme 咖啡/ }).click()
    const menu = page.getByRole('menu', { name: 'Switch workspace' })
    await expect(menu.getByRole('menuitemradio', { name: /Acme 咖啡/ })).toHaveAttribute('aria-checked', 'true')
    await expect(menu.getByRole('menuitemradio', { name: /Globex Fashion/ })).toContainText('Marketer')
    await menu.getByRole('menuitemradio', { name: /Globex Fashion/ }).click()

    await expect(page.getByTestId('current-workspace')).toHaveText(OWNER.workspaces.globex)
    await expect(menu).toBeHidden()
    await expect(nav.getByRole('link', { name: 'Members' })).toHaveCount(0)
    // The server remembers the choice.
    await page.reload()
    await expect(page.getByTestId('current-workspace')).toHaveText(OWNER.workspaces.globex)

    // Sign out: back on the login page, and the app stays closed.
    await page.getByRole('button', { name: `Account menu for ${OWNER.email}` }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByTestId('signed-out')).toHaveText('You have signed out.')

    await page.goto('/')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    const me = await page.request.get('/api/v1/auth/me')
    expect(me.status()).toBe(401)
  })

  test('a wrong password shows a clear message', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email').fill(OWNER.email)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()

    await expect(page.getByTestId('login-error')).toHaveText('Email or password is incorrect.')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByLabel('Password')).toHaveValue('')
  })

  test('a deep link survives the detour through the login page', async ({ page }) => {
    await page.goto('/settings/api-keys')
    await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fapi-keys$/)

    await signIn(page, OWNER.email)

    await expect(page).toHaveURL('/settings/api-keys')
    await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible()
  })

  test('the login page speaks Chinese', async ({ page }) => {
    await page.goto('/login')
    await page.getByRole('button', { name: '中文' }).click()

    await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible()
    await expect(page.getByLabel('邮箱')).toBeVisible()
    await expect(page.getByLabel('密码')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })
})
