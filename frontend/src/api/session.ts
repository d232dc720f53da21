import { changePassword, getCurrentUser, login, logout, switchWorkspace } from './generated'
import type { CurrentUser } from './generated'
import { setCsrfToken } from './csrf'
import { ApiError, unwrap } from './errors'

export type { CurrentUser }

/** Why nobody is signed in: never was, the session ran out, or the user signed out. */
export type SignedOutReason = 'anonymous' | 'expired' | 'signed-out'

/** The `session` query: who is signed in, if anyone. */
export type Session = { status: 'signed-in'; user: CurrentUser } | { status: 'signed-out'; reason: SignedOutReason }

export const SESSION_QUERY_KEY = ['session'] as const

export function signedIn(user: CurrentUser): Session {
  setCsrfToken(user.csrfToken)
  return { status: 'signed-in', user }
}

export function signedOut(reason: SignedOutReason): Session {
  setCsrfToken(null)
  return { status: 'signed-out', reason }
}

/**
 * Ask the server who we are. 401 is an answer ("nobody"), not an error; when someone was signed
 * in before (`previous`), their session has expired.
 */
export async function fetchSession(previous: Session | undefined, signal?: AbortSignal): Promise<Session> {
  try {
    return signedIn(await unwrap(getCurrentUser({ signal })))
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return signedOut(previous?.status === 'signed-in' ? 'expired' : 'anonymous')
    }
    throw error
  }
}

export async function signIn(email: string, password: string): Promise<Session> {
  return signedIn(await unwrap(login({ body: { email, password } })))
}

/** End the session on the server; a session that is already gone counts as signed out. */
export async function signOut(): Promise<Session> {
  try {
    await unwrap(logout())
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error
  }
  return signedOut('signed-out')
}

export async function switchToWorkspace(workspaceId: number): Promise<Session> {
  return signedIn(await unwrap(switchWorkspace({ body: { workspaceId } })))
}

export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  await unwrap(changePassword({ body: { currentPassword, newPassword } }))
}

/** Seconds to wait from a 429's `Retry-After` header (seconds form), if present. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null
  const value = Number(error.response?.headers.get('Retry-After'))
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : null
}
