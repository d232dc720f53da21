import { useMutation, useQueryClient } from '@tanstack/react-query'

import { SESSION_QUERY_KEY, type Session, switchToWorkspace } from '../api/session'
import { isSessionQuery } from './isSessionQuery'

/**
 * Move the session to another workspace. Every other query is reset (its data belonged to the
 * previous workspace) and the ones on screen fetch again.
 */
export function useSwitchWorkspace() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: switchToWorkspace,
    onSuccess: async (session) => {
      queryClient.setQueryData<Session>(SESSION_QUERY_KEY, session)
      await queryClient.resetQueries({ predicate: (query) => !isSessionQuery(query) })
    },
  })
}
