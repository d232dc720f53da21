import { getCsrfToken } from './csrf'
import { client } from './generated/client.gen'
import { notifyUnauthorized } from './unauthorized'

export const CSRF_HEADER = 'X-CSRF-Token'
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Answers where 401 is an expected result, not a lost session (signing out of a dead session is fine). */
const AUTH_PROBES = ['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/auth/logout']

let installed = false

/**
 * Hook the generated client once, for every call it makes:
 * - unsafe requests carry the session's CSRF token (the server refuses them with 403 otherwise);
 * - a 401 from any other endpoint means the session is gone: tell the route guard.
 */
export function installApiInterceptors(): void {
  if (installed) return
  installed = true

  client.interceptors.request.use((request) => {
    const token = getCsrfToken()
    if (token && UNSAFE_METHODS.has(request.method.toUpperCase())) {
      request.headers.set(CSRF_HEADER, token)
    }
    return request
  })

  client.interceptors.response.use((response, request) => {
    if (response.status === 401 && !AUTH_PROBES.includes(new URL(request.url).pathname)) {
      notifyUnauthorized()
    }
    return response
  })
}
