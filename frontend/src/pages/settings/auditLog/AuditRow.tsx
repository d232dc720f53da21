import { useTranslation } from 'react-i18next'

import type { AuditEntryRead } from '../../../api/auditLog'
import { Badge } from '../../../components/Badge'
import table from '../../../components/Table.module.css'
import { formatDateTime, formatRelativeToNow, formatTime } from '../../../lib/formatTime'
import { AuditDetail } from './AuditDetail'
import styles from './AuditLogPage.module.css'
import { actionKey, actionTone } from './auditLabels'

export function AuditRow({ entry }: { entry: AuditEntryRead }) {
  const { t, i18n } = useTranslation()
  const key = actionKey(entry.action)
  return (
    <tr data-testid="audit-entry" data-action={entry.action}>
      <td>
        <time className={styles.time} dateTime={entry.createdAt} title={formatRelativeToNow(entry.createdAt, i18n.language)}>
          <span>{formatDateTime(entry.createdAt, i18n.language, 'date')}</span>
          <span className={styles.clock}>{formatTime(new Date(entry.createdAt), i18n.language)}</span>
        </time>
      </td>
      <td>
        <Badge tone={actionTone(entry.action)} title={entry.action}>
          {key ? t(key) : entry.action}
        </Badge>
      </td>
      <td className={styles.actor}>{entry.actor}</td>
      <td>{entry.target ? <code className={table.code}>{entry.target}</code> : <span className={table.muted}>{t('common.none')}</span>}</td>
      <td>
        <AuditDetail action={entry.action} detail={entry.detail} />
      </td>
      <td className={`${table.muted} ${table.nowrap}`}>{entry.ip ?? t('common.none')}</td>
    </tr>
  )
}
