import type { RouteObject } from 'react-router'

import { AppLayout } from '../layout/AppLayout'
import { NotFoundPage } from '../pages/NotFoundPage'
import { RouteErrorPage } from '../pages/RouteErrorPage'
import { StatusPage } from '../pages/status/StatusPage'

/**
 * The route tree. Every screen renders inside AppLayout (header + side nav).
 * To add a screen: add a child route here and, if it belongs in the side nav, an entry in
 * layout/navItems.ts. For example:
 *   { path: 'journeys', element: <JourneysPage /> },
 *   { path: 'journeys/:journeyId', element: <JourneyEditorPage /> },
 *   { path: 'customers', element: <CustomersPage /> },
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <StatusPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
