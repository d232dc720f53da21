import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

import { paths } from '../app/paths'
import styles from './Header.module.css'
import { LanguageSwitcher } from './LanguageSwitcher'
import { Logo } from './Logo'

export function Header() {
  const { t } = useTranslation()
  return (
    <header className={styles.header}>
      <Link to={paths.status} className={styles.brand} data-testid="brand">
        <Logo />
        <span className={styles.brandName}>
          {t('app.name')}
          <span className={styles.brandSeparator} aria-hidden="true">
            /
          </span>
          <span lang="zh-CN">{t('app.nameLocal')}</span>
        </span>
        <span className={styles.tagline}>{t('app.tagline')}</span>
      </Link>
      <div className={styles.actions}>
        <LanguageSwitcher />
      </div>
    </header>
  )
}
