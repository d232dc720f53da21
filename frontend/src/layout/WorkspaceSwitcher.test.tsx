import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { CSRF_TOKEN, currentUser, mockFetch, requestsTo, signedInRoutes } from '../test/mockFetch'
import { renderApp } from '../test/renderApp'

describe('WorkspaceSwitcher', () => {
  it('lists the workspaces with roles, switches, and refetches what is on screen', async () => {
    const globex = { id: 2, slug: 'globex', name: 'Globex Fashion', role: 'marketer' }
    const fetchMock = mockFetch({
      ...signedInRoutes('owner'),
      'POST /api/v1/auth/workspace': {
        status: 200,
        body: currentUser('marketer', { workspace: globex, csrfToken: 'globex-token' }),
      },
    })
    const { user } = renderApp('/')

    expect(await screen.findByTestId('current-workspace')).toHaveTextContent('Acme 咖啡')
    expect(await screen.findByText('All systems operational')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Members' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Workspace: Acme 咖啡/ }))
    const menu = screen.getByRole('menu', { name: 'Switch workspace' })
    const options = within(menu).getAllByRole('menuitemradio')
    expect(options).toHaveLength(2)
    expect(options[0]).toHaveTextContent('Acme 咖啡')
    expect(options[0]).toHaveTextContent('Owner')
    expect(options[0]).toHaveAttribute('aria-checked', 'true')
    expect(options[1]).toHaveTextContent('Globex Fashion')
    expect(options[1]).toHaveTextContent('Marketer')

    await user.click(options[1])

    expect(await screen.findByTestId('current-workspace')).toHaveTextContent('Globex Fashion')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    const [request] = requestsTo(fetchMock, 'POST /api/v1/auth/workspace')
    expect(await request.json()).toEqual({ workspaceId: 2 })
    expect(request.headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN)
    // The health report on screen was fetched again, and a marketer has no Settings.
    await screen.findByText('All systems operational')
    expect(requestsTo(fetchMock, 'GET /api/v1/health').length).toBeGreaterThanOrEqual(2)
    expect(screen.queryByRole('link', { name: 'Members' })).not.toBeInTheDocument()
  })

  it('closes with Escape, returning focus to the button', async () => {
    mockFetch(signedInRoutes('owner'))
    const { user } = renderApp('/')

    const trigger = await screen.findByRole('button', { name: /Workspace: Acme 咖啡/ })
    await user.click(trigger)
    expect(screen.getByRole('menu')).toBeInTheDocument()
    expect(screen.getByRole('menuitemradio', { name: /Acme 咖啡/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitemradio', { name: /Globex Fashion/ })).toHaveFocus()
    await user.keyboard('{Escape}')

    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })
})
