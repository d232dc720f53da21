import { useTranslation } from 'react-i18next'

import { isScope } from '../../../auth/roles'
import { scopeKey } from './scopeKey'

/** A scope's name in the UI language (an unknown scope is shown as sent). */
export function ScopeLabel({ scope }: { scope: string }) {
  const { t } = useTranslation()
  return <>{isScope(scope) ? t(`apiKeys.scopes.${scopeKey(scope)}.label`) : scope}</>
}
