import { createContext, useContext } from 'react'

import type { CurrentUser } from '../api/session'

/** The signed-in user, provided by RequireAuth to every screen behind it. */
export const SessionContext = createContext<CurrentUser | null>(null)

/** The signed-in user. Only screens rendered behind RequireAuth may call this. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(SessionContext)
  if (!user) throw new Error('useCurrentUser() needs a signed-in user: render the component behind RequireAuth')
  return user
}
