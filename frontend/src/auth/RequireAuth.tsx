import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useEffect } from 'react'
import { Navigate, useLocation } from 'react-router'

import { SESSION_QUERY_KEY, type Session, signedOut } from '../api/session'
import { onUnauthorized } from '../api/unauthorized'
import { AppSkeleton } from './AppSkeleton'
import { SessionContext } from './SessionContext'
import { SessionUnavailable } from './SessionUnavailable'
import { loginPathFor } from './loginPath'
import { useSessionQuery } from './useSessionQuery'

/**
 * Route guard: renders its children only for a signed-in user. Nobody signed in → the login
 * page, remembering where the user was going; any later 401 (session expired) → the same.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSessionQuery()
  const queryClient = useQueryClient()
  const location = useLocation()

  useEffect(
    () =>
      onUnauthorized(() => {
        if (queryClient.getQueryData<Session>(SESSION_QUERY_KEY)?.status !== 'signed-in') return
        queryClient.setQueryData<Session>(SESSION_QUERY_KEY, signedOut('expired'))
      }),
    [queryClient],
  )

  if (session.data?.status === 'signed-in') {
    return <SessionContext.Provider value={session.data.user}>{children}</SessionContext.Provider>
  }
  if (session.data?.status === 'signed-out') {
    const here = `${location.pathname}${location.search}${location.hash}`
    const next = session.data.reason === 'signed-out' ? undefined : here
    return <Navigate to={loginPathFor(next)} replace />
  }
  if (session.isError) {
    return <SessionUnavailable onRetry={() => void session.refetch()} retrying={session.isFetching} />
  }
  return <AppSkeleton />
}
