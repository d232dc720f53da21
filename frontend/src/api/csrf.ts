/**
 * The CSRF token of the current session.
 *
 * The server sends it with the signed-in user (login, `me`, workspace switch); the request
 * interceptor (interceptors.ts) sends it back as `X-CSRF-Token` on every unsafe request.
 * It lives in memory only: a reload fetches it again through `me`.
 */
let csrfToken: string | null = null

export function getCsrfToken(): string | null {
  return csrfToken
}

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null
}
