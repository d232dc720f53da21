import { useTranslation } from 'react-i18next'

import { useCurrentUser } from '../../../auth/SessionContext'
import { isRole, isScope } from '../../../auth/roles'
import table from '../../../components/Table.module.css'
import { formatDateTime } from '../../../lib/formatTime'
import { ScopeLabel } from '../apiKeys/ScopeLabel'
import styles from './AuditLogPage.module.css'
import { detailKey, reasonKey } from './auditLabels'

type AuditDetailProps = {
  action: string
  detail: Record<string, unknown>
}

/** The extra facts of an entry ("role: analyst → admin", "scopes: read"), labelled in the UI language. */
export function AuditDetail({ action, detail }: AuditDetailProps) {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const entries = Object.entries(detail ?? {})
  if (entries.length === 0) return <span className={table.muted}>{t('common.none')}</span>

  function value(key: string, raw: unknown): string {
    if (Array.isArray(raw)) return raw.map((item) => value(key, item)).join(', ')
    if (action === 'workspace.switched' && key === 'from' && typeof raw === 'number') {
      return user.workspaces?.find((workspace) => workspace.id === raw)?.name ?? `#${raw}`
    }
    if (typeof raw !== 'string') return JSON.stringify(raw)
    if (key === 'reason') {
      const reason = reasonKey(raw)
      return reason ? t(reason) : raw
    }
    if (key === 'until') return formatDateTime(raw, i18n.language)
    if (isRole(raw) && (key === 'role' || action.startsWith('member.'))) return t(`roles.${raw}`)
    return raw
  }

  return (
    <dl className={styles.detail}>
      {entries.map(([key, raw]) => {
        const label = detailKey(key)
        return (
          <div key={key} className={styles.detailItem}>
            <dt>{t('audit.detailLabel', { label: label ? t(label) : key })}</dt>
            <dd>
              {key === 'scopes' && Array.isArray(raw)
                ? raw.map((scope, index) => (
                    <span key={String(scope)}>
                      {index > 0 && ', '}
                      {isScope(scope) ? <ScopeLabel scope={scope} /> : String(scope)}
                    </span>
                  ))
                : value(key, raw)}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
