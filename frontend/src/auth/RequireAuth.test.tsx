import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { NOT_SIGNED_IN, currentUser, mockFetch, requestsTo, signedInRoutes } from '../test/mockFetch'
import { renderApp } from '../test/renderApp'

describe('RequireAuth (route guard)', () => {
  it('sends a visitor who is not signed in to /login, remembering the page they asked for', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/auth/me': NOT_SIGNED_IN })
    const { router } = renderApp('/settings/members?tab=1')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/settings/members?tab=1')}`)
    // Nothing behind the guard was asked for, and no "expired" notice for a first visit.
    expect(requestsTo(fetchMock, 'GET /api/v1/members')).toHaveLength(0)
    expect(screen.queryByTestId('session-expired')).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).not.toBeInTheDocument()
  })

  it('does not add ?next= for the home page', async () => {
    mockFetch({ 'GET /api/v1/auth/me': NOT_SIGNED_IN })
    const { router } = renderApp('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe('')
  })

  it('shows a neutral skeleton while it finds out who is signed in', async () => {
    let answer: (() => void) | null = null
    mockFetch({
      'GET /api/v1/auth/me': () =>
        new Promise((resolve) => {
          answer = () => resolve({ status: 200, body: currentUser() })
        }),
      'GET /api/v1/health': signedInRoutes()['GET /api/v1/health'],
    })
    renderApp('/')

    expect(screen.getByTestId('app-skeleton')).toHaveAttribute('aria-busy', 'true')
    expect(screen.queryByRole('heading', { name: 'System status' })).not.toBeInTheDocument()

    await waitFor(() => expect(answer).not.toBeNull())
    answer!()
    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
    expect(screen.queryByTestId('app-skeleton')).not.toBeInTheDocument()
  })

  it('goes back to the login page, saying why, when a later call answers 401 (session expired)', async () => {
    mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/members': NOT_SIGNED_IN,
    })
    const { router } = renderApp('/settings/members')

    expect(await screen.findByTestId('session-expired')).toHaveTextContent('Your session has expired')
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/settings/members')}`)
  })

  it('offers a retry when the server cannot be reached', async () => {
    let reachable = false
    mockFetch({
      ...signedInRoutes(),
      'GET /api/v1/auth/me': () => {
        if (!reachable) throw new TypeError('Failed to fetch')
        return { status: 200, body: currentUser() }
      },
    })
    const { user } = renderApp('/')

    expect(await screen.findByTestId('session-unavailable')).toHaveTextContent('Cannot reach the Journeys server')
    reachable = true
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
  })
})
