import { useTranslation } from 'react-i18next'

import styles from './AppSkeleton.module.css'

/** Neutral placeholder of the app shell while we find out who is signed in. */
export function AppSkeleton() {
  const { t } = useTranslation()
  return (
    <div className={styles.shell} aria-busy="true" data-testid="app-skeleton">
      <span className="visually-hidden" role="status">
        {t('session.loading')}
      </span>
      <div className={styles.header} aria-hidden="true">
        <span className={styles.block} style={{ width: 28, height: 28 }} />
        <span className={styles.block} style={{ width: 140, height: 14 }} />
        <span className={styles.spacer} />
        <span className={styles.block} style={{ width: 160, height: 30 }} />
        <span className={styles.block} style={{ width: 30, height: 30, borderRadius: '50%' }} />
      </div>
      <div className={styles.body} aria-hidden="true">
        <div className={styles.nav}>
          {[70, 120, 100, 60, 110].map((width, index) => (
            <span key={index} className={styles.block} style={{ width, height: 12 }} />
          ))}
        </div>
        <div className={styles.main}>
          <span className={styles.block} style={{ width: 220, height: 22 }} />
          <span className={styles.block} style={{ width: '45%', height: 12 }} />
          <span className={styles.block} style={{ height: 140, marginTop: 12 }} />
        </div>
      </div>
    </div>
  )
}
