import { useTranslation } from 'react-i18next'

import type { CheckResult } from '../../api/health'
import styles from './StatusBadge.module.css'

type StatusBadgeProps = {
  status: CheckResult['status']
  testId?: string
}

/** Green "OK" / red "Down" pill: colour plus text, never colour alone. */
export function StatusBadge({ status, testId }: StatusBadgeProps) {
  const { t } = useTranslation()
  const ok = status === 'ok'
  return (
    <span className={`${styles.badge} ${ok ? styles.ok : styles.down}`} data-status={status} data-testid={testId}>
      <span className={styles.dot} aria-hidden="true" />
      {ok ? t('status.badge.ok') : t('status.badge.down')}
    </span>
  )
}
