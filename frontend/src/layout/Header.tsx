import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { paths } from '../app/paths'
import styles from './Header.module.css'
import { LanguageSwitcher } from './LanguageSwitcher'
import { Logo } from './Logo'
import { UserMenu } from './UserMenu'
import { WorkspaceSwitcher } from './WorkspaceSwitcher'

export function Header() {
  const { t } = useTranslation()
  return (
    <header className={styles.header}>
      <div className={styles.start}>
        <Link to={paths.status} className={styles.brand} data-testid="brand">
          <Logo />
          <span className={styles.brandName}>
            {t('app.name')}
            <span className={styles.brandSeparator} aria-hidden="true">
              /
            </span>
            <span lang="zh-CN">{t('app.nameLocal')}</span>
          </span>
        </Link>
        <span className={styles.divider} aria-hidden="true" />
        <WorkspaceSwitcher />
      </div>
      <div className={styles.actions}>
        <LanguageSwitcher />
        <UserMenu />
      </div>
    </header>
  )
}
