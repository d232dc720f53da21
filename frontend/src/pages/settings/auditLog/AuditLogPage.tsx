import { useTranslation } from 'react-i18next'

import { useCurrentUser } from '../../../auth/SessionContext'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { PageHeader } from '../../../components/PageHeader'
import table from '../../../components/Table.module.css'
import { useErrorMessage } from '../../../lib/useErrorMessage'
import styles from '../SettingsPage.module.css'
import { AuditRow } from './AuditRow'
import { useAuditLog } from './useAuditLog'

/** Owners and admins: security-relevant actions in this workspace, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation()
  const { workspace } = useCurrentUser()
  const errorMessage = useErrorMessage()
  const log = useAuditLog()
  const entries = log.data?.pages.flat() ?? []

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle', { workspace: workspace.name })}
        aside={
          <Button variant="secondary" onClick={() => void log.refetch()} busy={log.isRefetching && !log.isFetchingNextPage}>
            {t('audit.refresh')}
          </Button>
        }
      />
      {log.isError && (
        <Alert className={styles.alert}>
          {t('audit.loadFailed')} {errorMessage(log.error)}
        </Alert>
      )}
      <div className={table.wrap}>
        <table className={table.table} data-testid="audit-log-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.columns.time')}</th>
              <th scope="col">{t('audit.columns.action')}</th>
              <th scope="col">{t('audit.columns.actor')}</th>
              <th scope="col">{t('audit.columns.target')}</th>
              <th scope="col">{t('audit.columns.detail')}</th>
              <th scope="col">{t('audit.columns.ip')}</th>
            </tr>
          </thead>
          <tbody>
            {log.isPending && (
              <tr>
                <td colSpan={6} className={table.empty}>
                  {t('common.loading')}
                </td>
              </tr>
            )}
            {log.isSuccess && entries.length === 0 && (
              <tr>
                <td colSpan={6} className={table.empty}>
                  {t('audit.empty')}
                </td>
              </tr>
            )}
            {entries.map((entry) => (
              <AuditRow key={entry.id} entry={entry} />
            ))}
          </tbody>
        </table>
        {log.isSuccess && entries.length > 0 && (
          <div className={table.footer}>
            {log.hasNextPage ? (
              <Button variant="secondary" size="sm" onClick={() => void log.fetchNextPage()} busy={log.isFetchingNextPage}>
                {t('audit.loadMore')}
              </Button>
            ) : (
              <span data-testid="audit-log-end">{t('audit.end', { total: entries.length })}</span>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
