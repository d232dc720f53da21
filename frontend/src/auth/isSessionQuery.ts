import type { Query } from '@tanstack/react-query'

import { SESSION_QUERY_KEY } from '../api/session'

export function isSessionQuery(query: Pick<Query, 'queryKey'>): boolean {
  return query.queryKey[0] === SESSION_QUERY_KEY[0]
}
