import { useMutation, useQueryClient } from '@tanstack/react-query'

import { SESSION_QUERY_KEY, type Session, signIn } from '../api/session'
import { isSessionQuery } from './isSessionQuery'

/** Sign in; whatever another user left in the cache is dropped first. */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => signIn(email, password),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => !isSessionQuery(query) })
      queryClient.setQueryData<Session>(SESSION_QUERY_KEY, session)
    },
  })
}
