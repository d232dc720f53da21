import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch, signedInRoutes } from '../test/mockFetch'
import { renderApp } from '../test/renderApp'

describe('routes', () => {
  it('renders the status page at / with its nav entry marked current', async () => {
    mockFetch(signedInRoutes())
    renderApp('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main navigation' })
    expect(nav).toContainElement(screen.getByRole('link', { name: 'System status' }))
    expect(screen.getByRole('link', { name: 'System status' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: /API docs/ })).toHaveAttribute('href', '/schema')
  })

  it('shows NotFound inside the layout for an unknown client route, with a way back', async () => {
    mockFetch(signedInRoutes())
    const { user, router } = renderApp('/journeys/42')

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByText('/journeys/42')).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'System status' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Go to system status' }))

    expect(router.state.location.pathname).toBe('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
  })
})
