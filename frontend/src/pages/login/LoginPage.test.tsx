import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { NOT_SIGNED_IN, currentUser, healthReport, mockFetch, requestsTo } from '../../test/mockFetch'
import { renderApp } from '../../test/renderApp'

const WRONG_PASSWORD = { status: 401, body: { status_code: 401, detail: 'Email or password is incorrect.' } }

async function fillIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('Email'), email)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('LoginPage', () => {
  it('says clearly that the email or password is wrong on a 401, and stays on the page', async () => {
    mockFetch({ 'GET /api/v1/auth/me': NOT_SIGNED_IN, 'POST /api/v1/auth/login': WRONG_PASSWORD })
    const { user, router } = renderApp('/login')

    await fillIn(user, 'owner@acme.test', 'not-the-password')

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.')
    expect(router.state.location.pathname).toBe('/login')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(screen.getByLabelText('Email')).toHaveValue('owner@acme.test')
  })

  it('shows the lock-out with its countdown on a 429 and blocks the button meanwhile', async () => {
    mockFetch({
      'GET /api/v1/auth/me': NOT_SIGNED_IN,
      'POST /api/v1/auth/login': {
        status: 429,
        body: { status_code: 429, detail: 'Too many failed sign-ins. Try again in 30 seconds.' },
        headers: { 'Retry-After': '30' },
      },
    })
    const { user } = renderApp('/login')

    await fillIn(user, 'owner@acme.test', 'guess-number-six')

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed attempts. Try again in 30 s.')
    await user.type(screen.getByLabelText('Password'), 'another-guess')
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled()
  })

  it('asks for both fields before calling the server', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/auth/me': NOT_SIGNED_IN, 'POST /api/v1/auth/login': WRONG_PASSWORD })
    const { user } = renderApp('/login')

    await user.type(await screen.findByLabelText('Email'), 'owner@acme.test')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Enter your email and password.')
    expect(requestsTo(fetchMock, 'POST /api/v1/auth/login')).toHaveLength(0)
  })

  it('tells the user when the server cannot be reached', async () => {
    mockFetch({
      'GET /api/v1/auth/me': NOT_SIGNED_IN,
      'POST /api/v1/auth/login': () => {
        throw new TypeError('Failed to fetch')
      },
    })
    const { user } = renderApp('/login')

    await fillIn(user, 'owner@acme.test', 'e2e-password-1')

    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the Journeys server')
  })

  it('signs in and continues to ?next=, sending the credentials as JSON', async () => {
    let signedIn = false
    const fetchMock = mockFetch({
      'GET /api/v1/auth/me': () => (signedIn ? { status: 200, body: currentUser() } : NOT_SIGNED_IN),
      'POST /api/v1/auth/login': () => {
        signedIn = true
        return { status: 200, body: currentUser() }
      },
      'GET /api/v1/health': { status: 200, body: healthReport() },
    })
    const { user, router } = renderApp(`/login?next=${encodeURIComponent('/journeys/42')}`)

    await fillIn(user, ' owner@acme.test ', 'e2e-password-1')

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/journeys/42')
    expect(screen.getByTestId('current-workspace')).toHaveTextContent('Acme 咖啡')
    const [login] = requestsTo(fetchMock, 'POST /api/v1/auth/login')
    expect(await login.json()).toEqual({ email: 'owner@acme.test', password: 'e2e-password-1' })
  })

  it('never follows ?next= off the site', async () => {
    let signedIn = false
    mockFetch({
      'GET /api/v1/auth/me': () => (signedIn ? { status: 200, body: currentUser() } : NOT_SIGNED_IN),
      'POST /api/v1/auth/login': () => {
        signedIn = true
        return { status: 200, body: currentUser() }
      },
      'GET /api/v1/health': { status: 200, body: healthReport() },
    })
    const { user, router } = renderApp(`/login?next=${encodeURIComponent('//evil.example/steal')}`)

    await fillIn(user, 'owner@acme.test', 'e2e-password-1')

    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('sends someone who is already signed in straight on', async () => {
    mockFetch({ 'GET /api/v1/auth/me': { status: 200, body: currentUser() }, 'GET /api/v1/health': { status: 200, body: healthReport() } })
    const { router } = renderApp('/login')

    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('speaks Chinese too, with the language switcher on the page', async () => {
    mockFetch({ 'GET /api/v1/auth/me': NOT_SIGNED_IN, 'POST /api/v1/auth/login': WRONG_PASSWORD })
    const { user } = renderApp('/login')

    await user.click(await screen.findByRole('button', { name: '中文' }))
    expect(screen.getByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('邮箱'), 'owner@acme.test')
    await user.type(screen.getByLabelText('密码'), 'wrong-password')
    await user.click(screen.getByRole('button', { name: '登录' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('邮箱或密码不正确。')
  })
})
