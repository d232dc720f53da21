import { useTranslation } from 'react-i18next'

import type { ApiKeyRead } from '../../../api/apiKeys'
import { Badge } from '../../../components/Badge'
import { Button } from '../../../components/Button'
import table from '../../../components/Table.module.css'
import { formatDateTime, formatRelativeToNow } from '../../../lib/formatTime'
import { ScopeLabel } from './ScopeLabel'

type ApiKeyRowProps = {
  apiKey: ApiKeyRead
  onRevoke: () => void
}

export function ApiKeyRow({ apiKey, onRevoke }: ApiKeyRowProps) {
  const { t, i18n } = useTranslation()
  const revoked = apiKey.revokedAt !== null
  return (
    <tr className={revoked ? table.revoked : undefined} data-testid={`api-key-${apiKey.prefix}`}>
      <td className={table.primaryText}>{apiKey.name}</td>
      <td>
        <code className={table.code}>{apiKey.prefix}…</code>
      </td>
      <td>
        <div className={table.chips}>
          {apiKey.scopes.map((scope) => (
            <Badge key={scope} title={scope}>
              <ScopeLabel scope={scope} />
            </Badge>
          ))}
        </div>
      </td>
      <td className={`${table.muted} ${table.nowrap}`}>
        <time dateTime={apiKey.createdAt} title={formatDateTime(apiKey.createdAt, i18n.language)}>
          {formatDateTime(apiKey.createdAt, i18n.language, 'date')}
        </time>
      </td>
      <td className={`${table.muted} ${table.nowrap}`}>
        {apiKey.lastUsedAt ? (
          <time dateTime={apiKey.lastUsedAt} title={formatDateTime(apiKey.lastUsedAt, i18n.language)}>
            {formatRelativeToNow(apiKey.lastUsedAt, i18n.language)}
          </time>
        ) : (
          t('common.never')
        )}
      </td>
      <td>
        {revoked ? (
          <Badge tone="down" testId="api-key-status" title={formatDateTime(apiKey.revokedAt!, i18n.language)}>
            {t('apiKeys.status.revoked')}
          </Badge>
        ) : (
          <Badge tone="ok" testId="api-key-status">
            {t('apiKeys.status.active')}
          </Badge>
        )}
      </td>
      <td className={table.actions}>
        {!revoked && (
          <Button variant="ghost" size="sm" onClick={onRevoke} aria-label={t('apiKeys.revokeOf', { name: apiKey.name })}>
            {t('apiKeys.revokeShort')}
          </Button>
        )}
      </td>
    </tr>
  )
}
