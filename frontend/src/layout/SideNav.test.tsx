import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch, requestsTo, signedInRoutes } from '../test/mockFetch'
import { renderApp } from '../test/renderApp'

describe('SideNav and admin screens', () => {
  it('shows the Settings section to owners and admins', async () => {
    mockFetch(signedInRoutes('admin'))
    renderApp('/')

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' })
    expect(within(nav).getByRole('heading', { name: 'Settings' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Members' })).toHaveAttribute('href', '/settings/members')
    expect(within(nav).getByRole('link', { name: 'API keys' })).toHaveAttribute('href', '/settings/api-keys')
    expect(within(nav).getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '/settings/audit-log')
  })

  it('hides Settings from an analyst (no admin permission)', async () => {
    mockFetch(signedInRoutes('analyst'))
    renderApp('/')

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' })
    expect(within(nav).getByRole('link', { name: 'System status' })).toBeInTheDocument()
    expect(within(nav).queryByRole('heading', { name: 'Settings' })).not.toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Members' })).not.toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'API keys' })).not.toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument()
  })

  it('gives an analyst who deep-links to an admin screen a clear "no access" page, without calling the API', async () => {
    const fetchMock = mockFetch(signedInRoutes('analyst'))
    renderApp('/settings/api-keys')

    expect(await screen.findByRole('heading', { level: 1, name: 'No access' })).toBeInTheDocument()
    expect(screen.getByTestId('no-access')).toHaveTextContent('Your role in Acme 咖啡 (Analyst) does not allow this page.')
    expect(requestsTo(fetchMock, 'GET /api/v1/api-keys')).toHaveLength(0)
  })

  it('opens /settings on the members screen', async () => {
    mockFetch({ ...signedInRoutes('owner'), 'GET /api/v1/members': { status: 200, body: [] } })
    const { router } = renderApp('/settings')

    expect(await screen.findByRole('heading', { level: 1, name: 'Members' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/settings/members')
  })
})
