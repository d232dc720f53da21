import { Navigate, type RouteObject } from 'react-router'

import { RequireAuth } from '../auth/RequireAuth'
import { RequirePermission } from '../auth/RequirePermission'
import { AppLayout } from '../layout/AppLayout'
import { NotFoundPage } from '../pages/NotFoundPage'
import { RouteErrorPage } from '../pages/RouteErrorPage'
import { LoginPage } from '../pages/login/LoginPage'
import { StatusPage } from '../pages/status/StatusPage'

/**
 * The route tree. /login is public; every other screen needs a signed-in user (RequireAuth)
 * and renders inside AppLayout (header + side nav). To add a screen: add a child route here and,
 * if it belongs in the side nav, an entry in layout/navItems.ts. For example:
 *   { path: 'journeys', element: <JourneysPage /> },
 *   { path: 'journeys/:journeyId', element: <JourneyEditorPage /> },
 */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <StatusPage /> },
      {
        path: 'settings',
        element: <RequirePermission permission="admin" />,
        children: [
          { index: true, element: <Navigate to="members" replace /> },
          // Admin screens are loaded on first visit: most users never open them.
          { path: 'members', lazy: async () => ({ Component: (await import('../pages/settings/members/MembersPage')).MembersPage }) },
          { path: 'api-keys', lazy: async () => ({ Component: (await import('../pages/settings/apiKeys/ApiKeysPage')).ApiKeysPage }) },
          { path: 'audit-log', lazy: async () => ({ Component: (await import('../pages/settings/auditLog/AuditLogPage')).AuditLogPage }) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
