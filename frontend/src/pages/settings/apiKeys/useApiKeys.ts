import { useQuery } from '@tanstack/react-query'

import { fetchApiKeys } from '../../../api/apiKeys'
import { useCurrentUser } from '../../../auth/SessionContext'

export function apiKeysQueryKey(workspaceId: number) {
  return ['api-keys', workspaceId] as const
}

/** The current workspace's API keys (never their secrets). */
export function useApiKeys() {
  const { workspace } = useCurrentUser()
  return useQuery({
    queryKey: apiKeysQueryKey(workspace.id),
    queryFn: ({ signal }) => fetchApiKeys(signal),
  })
}
