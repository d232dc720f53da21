import { useQuery } from '@tanstack/react-query'

import { fetchMembers } from '../../../api/members'
import { useCurrentUser } from '../../../auth/SessionContext'

export function membersQueryKey(workspaceId: number) {
  return ['members', workspaceId] as const
}

/** Members of the current workspace. */
export function useMembers() {
  const { workspace } = useCurrentUser()
  return useQuery({
    queryKey: membersQueryKey(workspace.id),
    queryFn: ({ signal }) => fetchMembers(signal),
  })
}
