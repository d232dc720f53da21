import { Trans, useTranslation } from 'react-i18next'

import { Icon } from '../../components/Icon'
import styles from './Banner.module.css'
import { formatTime } from '../../lib/formatTime'

type UnreachableBannerProps = {
  /** When the last good report was received, if any (ms since epoch). */
  lastSuccessAt?: number
}

/** The API itself did not answer (server stopped, proxy error, network down). */
export function UnreachableBanner({ lastSuccessAt }: UnreachableBannerProps) {
  const { t, i18n } = useTranslation()
  return (
    <div className={`${styles.banner} ${styles.warn}`} role="alert" data-testid="api-unreachable">
      <span className={styles.icon}>
        <Icon name="alert" size={20} />
      </span>
      <div>
        <p className={styles.title}>{t('status.unreachable.title')}</p>
        <p className={styles.hint}>
          <Trans i18nKey="status.unreachable.hint" components={{ code: <code /> }} />
          {lastSuccessAt ? ` ${t('status.unreachable.stale', { time: formatTime(lastSuccessAt, i18n.language) })}` : ''}
        </p>
      </div>
    </div>
  )
}
