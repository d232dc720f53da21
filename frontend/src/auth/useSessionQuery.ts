import { useQuery } from '@tanstack/react-query'

import { SESSION_QUERY_KEY, type Session, fetchSession } from '../api/session'

/** Who is signed in. Re-checked when the window regains focus, so an expired session is noticed. */
export function useSessionQuery() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal, client }) => fetchSession(client.getQueryData<Session>(SESSION_QUERY_KEY), signal),
    staleTime: 30_000,
  })
}
