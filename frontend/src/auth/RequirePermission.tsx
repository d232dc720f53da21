import { Outlet } from 'react-router'

import { NoAccessPage } from '../pages/NoAccessPage'
import { useCurrentUser } from './SessionContext'
import { type Permission, hasPermission } from './roles'

/** Renders the child routes only for users with `permission`; others get a clear "no access" page. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const user = useCurrentUser()
  return hasPermission(user, permission) ? <Outlet /> : <NoAccessPage />
}
