import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { type ApiKeyRead, revokeKey } from '../../../api/apiKeys'
import { useCurrentUser } from '../../../auth/SessionContext'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { Icon } from '../../../components/Icon'
import { PageHeader } from '../../../components/PageHeader'
import table from '../../../components/Table.module.css'
import { useErrorMessage } from '../../../lib/useErrorMessage'
import styles from '../SettingsPage.module.css'
import { ApiKeyRow } from './ApiKeyRow'
import { CreateApiKeyDialog } from './CreateApiKeyDialog'
import { apiKeysQueryKey, useApiKeys } from './useApiKeys'

/** Owners and admins: keys integrators send as `Authorization: Bearer <key>`. */
export function ApiKeysPage() {
  const { t } = useTranslation()
  const { workspace } = useCurrentUser()
  const queryClient = useQueryClient()
  const errorMessage = useErrorMessage()
  const keys = useApiKeys()
  const [creating, setCreating] = useState(false)
  const [revoking, setRevoking] = useState<ApiKeyRead | null>(null)
  const refresh = () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey(workspace.id) })

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        aside={
          <Button onClick={() => setCreating(true)}>
            <Icon name="plus" size={16} />
            {t('apiKeys.create')}
          </Button>
        }
      />
      {keys.isError && (
        <Alert className={styles.alert}>
          {t('apiKeys.loadFailed')} {errorMessage(keys.error)}
        </Alert>
      )}
      <div className={table.wrap}>
        <table className={table.table} data-testid="api-keys-table">
          <thead>
            <tr>
              <th scope="col">{t('apiKeys.columns.name')}</th>
              <th scope="col">{t('apiKeys.columns.prefix')}</th>
              <th scope="col">{t('apiKeys.columns.scopes')}</th>
              <th scope="col">{t('apiKeys.columns.created')}</th>
              <th scope="col">{t('apiKeys.columns.lastUsed')}</th>
              <th scope="col">{t('apiKeys.columns.status')}</th>
              <th scope="col" className={table.actions}>
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.isPending && (
              <tr>
                <td colSpan={7} className={table.empty}>
                  {t('common.loading')}
                </td>
              </tr>
            )}
            {keys.data?.length === 0 && (
              <tr>
                <td colSpan={7} className={table.empty}>
                  {t('apiKeys.empty')}
                </td>
              </tr>
            )}
            {keys.data?.map((key) => <ApiKeyRow key={key.id} apiKey={key} onRevoke={() => setRevoking(key)} />)}
          </tbody>
        </table>
      </div>
      {creating && <CreateApiKeyDialog onCreated={refresh} onClose={() => setCreating(false)} />}
      {revoking && (
        <ConfirmDialog
          title={t('apiKeys.revoke.title', { name: revoking.name })}
          description={t('apiKeys.revoke.description', { prefix: revoking.prefix })}
          confirmLabel={t('apiKeys.revoke.confirm')}
          onConfirm={() => revokeKey(revoking.id).then(refresh)}
          onClose={() => setRevoking(null)}
          testId="revoke-key-dialog"
        />
      )}
    </div>
  )
}
