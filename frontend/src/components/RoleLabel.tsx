import { useTranslation } from 'react-i18next'

import { isRole } from '../auth/roles'

/** A role's name in the UI language (an unknown role is shown as sent). */
export function RoleLabel({ role }: { role: string }) {
  const { t } = useTranslation()
  return <>{isRole(role) ? t(`roles.${role}`) : role}</>
}
