import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { CSRF_TOKEN, NOT_SIGNED_IN, currentUser, mockFetch, requestsTo, signedInRoutes } from '../test/mockFetch'
import { renderApp } from '../test/renderApp'

describe('UserMenu', () => {
  it('shows who is signed in and signs out to the login page', async () => {
    let signedIn = true
    const fetchMock = mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/auth/me': () => (signedIn ? { status: 200, body: currentUser('owner') } : NOT_SIGNED_IN),
      'POST /api/v1/auth/logout': () => {
        signedIn = false
        return { status: 200, body: null }
      },
    })
    const { user, router } = renderApp('/settings/members')

    await user.click(await screen.findByRole('button', { name: 'Account menu for owner@acme.test' }))
    const menu = screen.getByRole('menu', { name: 'Account' })
    expect(menu).toHaveTextContent('Olivia')
    expect(menu).toHaveTextContent('owner@acme.test')
    expect(menu).toHaveTextContent('Role in Acme 咖啡: Owner')

    await user.click(within(menu).getByRole('menuitem', { name: 'Sign out' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByTestId('signed-out')).toHaveTextContent('You have signed out.')
    // A deliberate sign-out does not send the next person back to this user's page.
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe('')
    expect(requestsTo(fetchMock, 'POST /api/v1/auth/logout')[0].headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN)
  })

  it('signs out cleanly even when the session had already ended on the server', async () => {
    mockFetch({
      ...signedInRoutes('owner'),
      'POST /api/v1/auth/logout': { status: 401, body: { status_code: 401, detail: 'sign in first' } },
    })
    const { user, router } = renderApp('/settings/members')

    await user.click(await screen.findByRole('button', { name: /Account menu/ }))
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }))

    expect(await screen.findByTestId('signed-out')).toBeInTheDocument()
    expect(router.state.location.search).toBe('')
  })

  it('changes the password, checking the repeat and showing the server detail', async () => {
    let attempts = 0
    const fetchMock = mockFetch({
      ...signedInRoutes('analyst'),
      'POST /api/v1/auth/password': () =>
        ++attempts === 1
          ? { status: 400, body: { status_code: 400, detail: 'currentPassword: the current password is not correct' } }
          : { status: 204 },
    })
    const { user } = renderApp('/')

    await user.click(await screen.findByRole('button', { name: /Account menu/ }))
    await user.click(screen.getByRole('menuitem', { name: 'Change password' }))
    const dialog = screen.getByRole('dialog', { name: 'Change password' })
    expect(within(dialog).getByLabelText('Current password')).toHaveFocus()

    await user.type(within(dialog).getByLabelText('Current password'), 'wrong-one-123')
    await user.type(within(dialog).getByLabelText('New password'), 'brand-new-password')
    await user.type(within(dialog).getByLabelText('Repeat new password'), 'brand-new-passw0rd')
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }))
    expect(within(dialog).getByText('The two new passwords do not match.')).toBeInTheDocument()
    expect(requestsTo(fetchMock, 'POST /api/v1/auth/password')).toHaveLength(0)

    await user.clear(within(dialog).getByLabelText('Repeat new password'))
    await user.type(within(dialog).getByLabelText('Repeat new password'), 'brand-new-password')
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('currentPassword: the current password is not correct')

    await user.click(within(dialog).getByRole('button', { name: 'Change password' }))
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Your password has been changed.')
    const [, second] = requestsTo(fetchMock, 'POST /api/v1/auth/password')
    expect(await second.json()).toEqual({ currentPassword: 'wrong-one-123', newPassword: 'brand-new-password' })

    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
