import { expect, test } from '@playwright/test'

import { OWNER } from './accounts.ts'

const CHECKS = ['database', 'redis', 'worker'] as const

// The status page is behind the login: these tests start signed in as the owner of Acme (the
// state saved by auth.setup.ts).
test.describe('smoke', () => {
  test('the status page shows database, Redis and worker all OK', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)

    await expect(page.getByRole('heading', { level: 1, name: 'System status' })).toBeVisible()
    await expect(page.getByTestId('current-workspace')).toHaveText(OWNER.workspaces.acme)
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'System status' })).toHaveAttribute(
      'aria-current',
      'page',
    )

    // The worker's first heartbeat takes a few seconds after start-up; the page polls every 5 s.
    await expect(async () => {
      for (const name of CHECKS) {
        await expect(page.getByTestId(`check-${name}-status`)).toHaveAttribute('data-status', 'ok', { timeout: 1_000 })
      }
    }).toPass({ timeout: 20_000 })

    for (const name of CHECKS) {
      await expect(page.getByTestId(`check-${name}-status`)).toHaveText('OK')
    }
    await expect(page.getByRole('region', { name: 'Database' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Redis' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Worker' })).toBeVisible()
    await expect(page.getByTestId('overall-status')).toContainText('All systems operational')
    await expect(page.getByTestId('check-worker-live-workers')).not.toHaveText('0')
  })

  test('switching to 中文 changes the visible text, survives a reload, and English restores it', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'System status' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')

    await page.getByRole('button', { name: '中文' }).click()

    await expect(page.getByRole('heading', { level: 1, name: '系统状态' })).toBeVisible()
    await expect(page.getByRole('region', { name: '数据库' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'System status' })).toHaveCount(0)
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: 'API 密钥' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: '系统状态' })).toBeVisible()
    await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true')

    await page.getByRole('button', { name: 'English' }).click()

    await expect(page.getByRole('heading', { level: 1, name: 'System status' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Database' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('a deep link is served the SPA, which shows its NotFound page', async ({ page }) => {
    const response = await page.goto('/journeys/42')
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-type']).toContain('text/html')

    await expect(page.getByTestId('not-found')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByText('/journeys/42')).toBeVisible()

    await page.getByRole('link', { name: 'Go to system status' }).click()
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('heading', { level: 1, name: 'System status' })).toBeVisible()
  })

  test('unknown API paths answer JSON 404, not the SPA', async ({ request }) => {
    const response = await request.get('/api/v1/does-not-exist')
    expect(response.status()).toBe(404)
    expect(response.headers()['content-type']).toContain('application/json')
    expect(await response.json()).toEqual(expect.objectContaining({ status_code: 404 }))
  })

  test('the API docs linked from the nav are served by the backend', async ({ page, request }) => {
    await page.goto('/')
    await expect(page.getByRole('link', { name: /API docs/ })).toHaveAttribute('href', '/schema')

    const schema = await request.get('/schema/openapi.json')
    expect(schema.status()).toBe(200)
    const document = await schema.json()
    expect(document.paths['/api/v1/health'].get.operationId).toBe('getHealth')
  })
})
