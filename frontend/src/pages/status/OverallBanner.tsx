import { useTranslation } from 'react-i18next'

import type { HealthReport } from '../../api/health'
import { Icon } from '../../components/Icon'
import styles from './Banner.module.css'

/** Summary line above the cards: everything is fine, or something is down. */
export function OverallBanner({ status }: { status: HealthReport['status'] }) {
  const { t } = useTranslation()
  const ok = status === 'ok'
  return (
    <div className={`${styles.banner} ${ok ? styles.ok : styles.down}`} role="status" data-testid="overall-status" data-status={status}>
      <span className={styles.icon}>
        <Icon name={ok ? 'check' : 'alert'} size={20} />
      </span>
      <div>
        <p className={styles.title}>{ok ? t('status.overall.ok') : t('status.overall.degraded')}</p>
        <p className={styles.hint}>{ok ? t('status.overall.okHint') : t('status.overall.degradedHint')}</p>
      </div>
    </div>
  )
}
