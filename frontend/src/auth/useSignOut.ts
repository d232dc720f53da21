import { useMutation, useQueryClient } from '@tanstack/react-query'

import { SESSION_QUERY_KEY, type Session, signOut } from '../api/session'
import { isSessionQuery } from './isSessionQuery'

/** End the session; the route guard then shows the login page. Nothing of the user stays cached. */
export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signOut,
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => !isSessionQuery(query) })
      queryClient.setQueryData<Session>(SESSION_QUERY_KEY, session)
    },
  })
}
