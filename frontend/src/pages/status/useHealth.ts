import { useQuery } from '@tanstack/react-query'

import { fetchHealth } from '../../api/health'

export const HEALTH_REFRESH_MS = 5_000

/** The health report, refreshed every 5 s (also while the tab is in the background). */
export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: HEALTH_REFRESH_MS,
    refetchIntervalInBackground: true,
    retry: false,
  })
}
