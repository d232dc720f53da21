import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { ApiKeyRead } from '../../../api/apiKeys'
import { CSRF_TOKEN, mockFetch, requestsTo, signedInRoutes } from '../../../test/mockFetch'
import { renderApp } from '../../../test/renderApp'

const SECRET = 'jk_0cc433da_dQQrcMqkHJtHnXTKM_wrZkhuHTYuGrMFZOyRrZ98YWw'

function key(overrides: Partial<ApiKeyRead> = {}): ApiKeyRead {
  return {
    id: 1,
    name: 'Mini-program orders',
    prefix: 'jk_0cc433da',
    scopes: ['events:write'],
    createdAt: '2026-11-23T10:00:00Z',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  }
}

describe('ApiKeysPage', () => {
  it('shows the secret once after creating a key, then never again', async () => {
    let keys: ApiKeyRead[] = []
    const fetchMock = mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/api-keys': () => ({ status: 200, body: keys }),
      'POST /api/v1/api-keys': () => {
        keys = [key({ scopes: ['events:write', 'read'] })]
        return { status: 201, body: { key: keys[0], secret: SECRET } }
      },
    })
    const { user } = renderApp('/settings/api-keys')

    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Create API key' }))
    const dialog = screen.getByRole('dialog', { name: 'Create API key' })
    await user.type(within(dialog).getByLabelText('Name'), 'Mini-program orders')
    expect(within(dialog).getByRole('checkbox', { name: /Send events/ })).toBeChecked()
    await user.click(within(dialog).getByRole('checkbox', { name: /^Read/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const created = await screen.findByRole('dialog', { name: 'Your new API key' })
    expect(within(created).getByTestId('api-key-secret')).toHaveTextContent(SECRET)
    expect(within(created).getByTestId('api-key-secret-warning')).toHaveTextContent('This is the only time the key is shown.')
    await user.click(within(created).getByRole('button', { name: 'Copy' }))
    // user-event provides the clipboard in tests.
    expect(await navigator.clipboard.readText()).toBe(SECRET)
    expect(within(created).getByRole('button', { name: 'Copied' })).toBeInTheDocument()

    const [request] = requestsTo(fetchMock, 'POST /api/v1/api-keys')
    expect(await request.json()).toEqual({ name: 'Mini-program orders', scopes: ['events:write', 'read'] })
    expect(request.headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN)

    await user.click(within(created).getByRole('button', { name: 'I have copied the key' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument()
    const row = await screen.findByTestId('api-key-jk_0cc433da')
    expect(row).toHaveTextContent('Mini-program orders')
    expect(row).toHaveTextContent('jk_0cc433da…')
    expect(row).toHaveTextContent('Send events')
    expect(within(row).getByTestId('api-key-status')).toHaveTextContent('Active')
    expect(document.body).not.toHaveTextContent(SECRET)

    // Opening the dialog again starts from scratch: the old secret is gone for good.
    await user.click(screen.getByRole('button', { name: 'Create API key' }))
    expect(screen.getByRole('dialog', { name: 'Create API key' })).not.toHaveTextContent(SECRET)
  })

  it("shows the server's detail inside the create dialog when it refuses", async () => {
    mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/api-keys': { status: 200, body: [] },
      'POST /api/v1/api-keys': { status: 400, body: { status_code: 400, detail: 'name: give the key a name' } },
    })
    const { user } = renderApp('/settings/api-keys')

    await user.click(await screen.findByRole('button', { name: 'Create API key' }))
    const dialog = screen.getByRole('dialog', { name: 'Create API key' })
    await user.type(within(dialog).getByLabelText('Name'), '  x')
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('name: give the key a name')
  })

  it('revokes a key after confirmation', async () => {
    let keys = [key({ lastUsedAt: '2026-11-23T09:00:00Z' })]
    const fetchMock = mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/api-keys': () => ({ status: 200, body: keys }),
      'POST /api/v1/api-keys/1/revoke': () => {
        keys = [key({ revokedAt: '2026-11-23T11:00:00Z' })]
        return { status: 201, body: keys[0] }
      },
    })
    const { user } = renderApp('/settings/api-keys')

    const row = await screen.findByTestId('api-key-jk_0cc433da')
    await user.click(within(row).getByRole('button', { name: 'Revoke Mini-program orders' }))
    const confirm = screen.getByRole('dialog', { name: 'Revoke “Mini-program orders”?' })
    expect(confirm).toHaveTextContent('jk_0cc433da…')
    await user.click(within(confirm).getByRole('button', { name: 'Revoke key' }))

    expect(await within(row).findByText('Revoked')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(requestsTo(fetchMock, 'POST /api/v1/api-keys/1/revoke')[0].headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN)
    expect(within(row).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument()
  })
})
