import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRouteError } from 'react-router'

import { paths } from '../app/paths'
import { Icon } from '../components/Icon'
import styles from './MessagePage.module.css'

/** Shown instead of a blank screen when a route throws while rendering or loading. */
export function RouteErrorPage() {
  const { t } = useTranslation()
  const error = useRouteError()
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error)
  return (
    <div className={`${styles.page} ${styles.standalone}`} role="alert" data-testid="route-error">
      <span className={styles.icon}>
        <Icon name="alert" size={28} />
      </span>
      <h1 className={styles.title}>{t('error.title')}</h1>
      <p className={styles.body}>{t('error.body')}</p>
      <code className={styles.path}>{detail}</code>
      {/* A full page load: the router itself may be what failed. */}
      <a href={paths.status} className={styles.action}>
        {t('error.home')}
      </a>
    </div>
  )
}
