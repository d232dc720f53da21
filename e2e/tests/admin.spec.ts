import { expect, test } from '@playwright/test'

import { ANALYST } from './accounts.ts'
import { SIGNED_OUT, signIn } from './signIn.ts'

// Signed in as the owner of Acme (saved by auth.setup.ts).
test.describe('admin screens', () => {
  test('the owner creates an API key, sees the secret once, and revokes it', async ({ page, playwright }) => {
    const name = `E2E shop orders ${Date.now()}`
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'API keys' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible()

    await page.getByRole('button', { name: 'Create API key' }).click()
    const form = page.getByRole('dialog', { name: 'Create API key' })
    await form.getByLabel('Name').fill(name)
    await expect(form.getByRole('checkbox', { name: /Send events/ })).toBeChecked()
    await form.getByRole('checkbox', { name: /^Read/ }).check()
    await form.getByRole('button', { name: 'Create key' }).click()

    const created = page.getByRole('dialog', { name: 'Your new API key' })
    await expect(created.getByTestId('api-key-secret-warning')).toContainText('This is the only time the key is shown')
    const secret = (await created.getByTestId('api-key-secret').textContent()) ?? ''
    expect(secret).toMatch(/^jk_[0-9a-f]+_\S{20,}$/)
    const prefix = secret.split('_').slice(0, 2).join('_')
    await expect(created.getByRole('button', { name: 'Copy' })).toBeVisible()

    // The key really works, as an integrator would use it.
    const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin })
    const asKey = await api.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${secret}` } })
    expect(asKey.status()).toBe(200)
    expect((await asKey.json()).via).toBe('api_key')

    await created.getByRole('button', { name: 'I have copied the key' }).click()
    await expect(created).toBeHidden()

    const row = page.getByTestId(`api-key-${prefix}`)
    await expect(row).toContainText(name)
    await expect(row).toContainText(`${prefix}…`)
    await expect(row).toContainText('Send events')
    await expect(row).toContainText('Read')
    await expect(row.getByTestId('api-key-status')).toHaveText('Active')
    await expect(page.getByText(secret)).toHaveCount(0)
    await page.reload()
    await expect(row).toBeVisible()
    expect(await page.content()).not.toContain(secret)

    await row.getByRole('button', { name: `Revoke ${name}` }).click()
    const confirm = page.getByRole('dialog', { name: `Revoke “${name}”?` })
    await confirm.getByRole('button', { name: 'Revoke key' }).click()
    await expect(confirm).toBeHidden()
    await expect(row.getByTestId('api-key-status')).toHaveText('Revoked')
    await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0)

    // Refused from the next request on.
    expect((await api.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(401)
    await api.dispose()

    // The audit log shows both, in words.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
    const entries = page.getByTestId('audit-entry').filter({ hasText: prefix })
    const creation = entries.filter({ hasText: 'API key created' })
    await expect(creation).toHaveCount(1)
    await expect(creation).toContainText(name)
    await expect(creation).toContainText('owner@acme.test')
    await expect(entries.filter({ hasText: 'API key revoked' })).toHaveCount(1)
  })

  test('the owner adds a member, changes their role and removes them; the last owner is protected', async ({ page }) => {
    const email = `new-${Date.now()}@acme.test`
    await page.goto('/settings/members')
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible()
    await expect(page.getByTestId('member-owner@acme.test')).toContainText('You')

    await page.getByRole('button', { name: 'Add member' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add member' })
    await dialog.getByLabel('Email').fill(email)
    await dialog.getByLabel('Role').selectOption({ label: 'Marketer' })
    await dialog.getByRole('button', { name: 'Add member' }).click()
    // A new person needs an initial password: the server says so, inside the dialog.
    await expect(dialog.getByRole('alert')).toContainText('password: required to create a new user')
    await dialog.getByLabel('Initial password').fill('first-password-1')
    await dialog.getByRole('button', { name: 'Add member' }).click()
    await expect(dialog).toBeHidden()

    const row = page.getByTestId(`member-${email}`)
    await expect(row.getByRole('combobox', { name: `Role of ${email}` })).toHaveValue('marketer')
    await row.getByRole('combobox', { name: `Role of ${email}` }).selectOption({ label: 'Analyst' })
    await expect(row.getByRole('combobox', { name: `Role of ${email}` })).toHaveValue('analyst')
    await page.reload()
    await expect(row.getByRole('combobox', { name: `Role of ${email}` })).toHaveValue('analyst')

    // The only owner cannot step down: the server refuses and the page says why.
    await page.getByTestId('member-owner@acme.test').getByRole('combobox').selectOption({ label: 'Admin' })
    await expect(page.getByTestId('role-change-error')).toContainText('a workspace keeps at least one owner')
    await expect(page.getByTestId('member-owner@acme.test').getByRole('combobox')).toHaveValue('owner')

    await row.getByRole('button', { name: `Remove ${email}` }).click()
    await page.getByRole('dialog', { name: /^Remove / }).getByRole('button', { name: 'Remove member' }).click()
    await expect(row).toHaveCount(0)
  })
})

test.describe('an analyst', () => {
  test.use({ storageState: SIGNED_OUT })

  test('does not see Settings, and is told so on a deep link', async ({ page }) => {
    await signIn(page, ANALYST.email)
    await expect(page.getByTestId('current-workspace')).toHaveText(ANALYST.workspace)

    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(nav.getByRole('link', { name: 'System status' })).toBeVisible()
    await expect(nav.getByRole('heading', { name: 'Settings' })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: 'Members' })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: 'API keys' })).toHaveCount(0)
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0)

    await page.goto('/settings/members')
    await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible()
    await expect(page.getByTestId('no-access')).toContainText('Analyst')
  })
})
