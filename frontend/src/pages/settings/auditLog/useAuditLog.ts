import { useInfiniteQuery } from '@tanstack/react-query'

import { AUDIT_PAGE_SIZE, fetchAuditPage } from '../../../api/auditLog'
import { useCurrentUser } from '../../../auth/SessionContext'

/** The audit log of the current workspace, newest first, a page at a time ("load more" = older). */
export function useAuditLog() {
  const { workspace } = useCurrentUser()
  return useInfiniteQuery({
    queryKey: ['audit-log', workspace.id],
    queryFn: ({ pageParam, signal }) => fetchAuditPage(pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => (lastPage.length < AUDIT_PAGE_SIZE ? undefined : lastPage[lastPage.length - 1].id),
  })
}
