/** Client-side routes and backend pages the SPA links to. */
export const paths = {
  status: '/',
  login: '/login',
  settings: '/settings',
  members: '/settings/members',
  apiKeys: '/settings/api-keys',
  auditLog: '/settings/audit-log',
  // Future screens: journeys: '/journeys', journey: (id: string) => `/journeys/${id}`, customers: '/customers'
} as const

/** Served by the backend, not by the SPA router: link to them with a plain <a>. */
export const backendPages = {
  apiDocs: '/schema',
} as const
