import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

import { Icon } from '../components/Icon'
import styles from './SideNav.module.css'
import type { NavItem } from './navItems'

export function SideNavLink({ item }: { item: NavItem }) {
  const { t } = useTranslation()
  if (item.kind === 'external') {
    return (
      <a className={styles.link} href={item.href} target="_blank" rel="noreferrer">
        <Icon name={item.icon} className={styles.linkIcon} />
        <span className={styles.linkLabel}>{t(item.labelKey)}</span>
        <Icon name="external" size={14} className={styles.externalIcon} />
        <span className="visually-hidden">{t('nav.opensInNewTab')}</span>
      </a>
    )
  }
  return (
    <NavLink
      to={item.to}
      end={item.end}
      className={({ isActive }) => (isActive ? `${styles.link} ${styles.active}` : styles.link)}
    >
      <Icon name={item.icon} className={styles.linkIcon} />
      <span className={styles.linkLabel}>{t(item.labelKey)}</span>
    </NavLink>
  )
}
