import { useTranslation } from 'react-i18next'

import { Button } from '../components/Button'
import { Icon } from '../components/Icon'
import styles from '../pages/MessagePage.module.css'

type SessionUnavailableProps = {
  onRetry: () => void
  retrying: boolean
}

/** The server did not say who we are (unreachable, or an unexpected error): offer a retry. */
export function SessionUnavailable({ onRetry, retrying }: SessionUnavailableProps) {
  const { t } = useTranslation()
  return (
    <div className={`${styles.page} ${styles.standalone}`} role="alert" data-testid="session-unavailable">
      <span className={styles.icon}>
        <Icon name="alert" size={28} />
      </span>
      <h1 className={styles.title}>{t('session.unavailable.title')}</h1>
      <p className={styles.body}>{t('session.unavailable.body')}</p>
      <Button className={styles.actionButton} onClick={onRetry} busy={retrying}>
        {t('session.unavailable.retry')}
      </Button>
    </div>
  )
}
