import { useTranslation } from 'react-i18next'

import type { ApiKeyCreated } from '../../../api/apiKeys'
import { Alert } from '../../../components/Alert'
import { CopyButton } from '../../../components/CopyButton'
import styles from './CreateApiKeyDialog.module.css'

/** The secret of a key that was just created, with a copy button and a clear "shown once" warning. */
export function NewKeySecret({ created }: { created: ApiKeyCreated }) {
  const { t } = useTranslation()
  return (
    <div className={styles.secretBlock}>
      <Alert tone="warning" title={t('apiKeys.secret.warningTitle')} testId="api-key-secret-warning">
        {t('apiKeys.secret.warning')}
      </Alert>
      <p className={styles.secretLabel} id="api-key-secret-label">
        {t('apiKeys.secret.label', { name: created.key.name })}
      </p>
      <div className={styles.secretRow}>
        <code className={styles.secret} data-testid="api-key-secret" aria-labelledby="api-key-secret-label">
          {created.secret}
        </code>
        <CopyButton text={created.secret} testId="copy-api-key" />
      </div>
      <p className={styles.usage}>
        {t('apiKeys.secret.usage')} <code>Authorization: Bearer {created.key.prefix}…</code>
      </p>
    </div>
  )
}
