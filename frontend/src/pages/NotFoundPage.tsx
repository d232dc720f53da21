import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'

import { paths } from '../app/paths'
import { Icon } from '../components/Icon'
import styles from './MessagePage.module.css'

/** Any client route that no screen handles (the server sends index.html for deep links). */
export function NotFoundPage() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div className={styles.page} data-testid="not-found">
      <span className={styles.icon}>
        <Icon name="compass" size={28} />
      </span>
      <p className={styles.code}>{t('notFound.code')}</p>
      <h1 className={styles.title}>{t('notFound.title')}</h1>
      <p className={styles.body}>{t('notFound.body')}</p>
      <code className={styles.path}>{pathname}</code>
      <Link to={paths.status} className={styles.action}>
        {t('notFound.home')}
      </Link>
    </div>
  )
}
