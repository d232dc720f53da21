import { describe, expect, it } from 'vitest'

import { CSRF_TOKEN, currentUser, mockFetch, requestsTo } from '../test/mockFetch'
import { createKey, fetchApiKeys } from './apiKeys'
import { deleteMember, updateMemberRole } from './members'
import { fetchSession } from './session'

describe('API interceptors', () => {
  it('add X-CSRF-Token (from me) to unsafe requests only', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/auth/me': { status: 200, body: currentUser() },
      'GET /api/v1/api-keys': { status: 200, body: [] },
      'POST /api/v1/api-keys': { status: 201, body: { key: {}, secret: 'jk_x' } },
      'PATCH /api/v1/members/3': { status: 200, body: {} },
      'DELETE /api/v1/members/3': { status: 204 },
    })

    await fetchSession(undefined)
    await fetchApiKeys()
    await createKey('shop', ['read'])
    await updateMemberRole(3, 'analyst')
    await deleteMember(3)

    expect(requestsTo(fetchMock, 'GET /api/v1/auth/me')[0].headers.get('X-CSRF-Token')).toBeNull()
    expect(requestsTo(fetchMock, 'GET /api/v1/api-keys')[0].headers.get('X-CSRF-Token')).toBeNull()
    expect(requestsTo(fetchMock, 'POST /api/v1/api-keys')[0].headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN)
    expect(requestsTo(fetchMock, 'PATCH /api/v1/members/3')[0].headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN)
    expect(requestsTo(fetchMock, 'DELETE /api/v1/members/3')[0].headers.get('X-CSRF-Token')).toBe(CSRF_TOKEN)
  })

  it('send no token before anyone signed in, and forget it once the session is gone', async () => {
    let signedIn = true
    const fetchMock = mockFetch({
      'GET /api/v1/auth/me': () =>
        signedIn ? { status: 200, body: currentUser() } : { status: 401, body: { status_code: 401, detail: 'sign in' } },
      'POST /api/v1/api-keys': { status: 201, body: { key: {}, secret: 'jk_x' } },
    })

    await createKey('before', ['read'])
    await fetchSession(undefined)
    signedIn = false
    expect(await fetchSession({ status: 'signed-in', user: currentUser() })).toEqual({ status: 'signed-out', reason: 'expired' })
    await createKey('after', ['read'])

    const [before, after] = requestsTo(fetchMock, 'POST /api/v1/api-keys')
    expect(before.headers.get('X-CSRF-Token')).toBeNull()
    expect(after.headers.get('X-CSRF-Token')).toBeNull()
  })
})
