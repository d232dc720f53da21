import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { paths } from '../app/paths'
import { useCurrentUser } from '../auth/SessionContext'
import { isRole } from '../auth/roles'
import { Icon } from '../components/Icon'
import styles from './MessagePage.module.css'

/** A signed-in user opened a screen their role in this workspace does not allow. */
export function NoAccessPage() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  return (
    <div className={styles.page} data-testid="no-access">
      <span className={styles.icon}>
        <Icon name="ban" size={28} />
      </span>
      <p className={styles.code}>{t('noAccess.code')}</p>
      <h1 className={styles.title}>{t('noAccess.title')}</h1>
      <p className={styles.body}>
        {user.role
          ? t('noAccess.bodyWithRole', { workspace: user.workspace.name, role: isRole(user.role) ? t(`roles.${user.role}`) : user.role })
          : t('noAccess.body', { workspace: user.workspace.name })}
      </p>
      <p className={styles.body}>{t('noAccess.hint')}</p>
      <Link to={paths.status} className={styles.action}>
        {t('noAccess.home')}
      </Link>
    </div>
  )
}
