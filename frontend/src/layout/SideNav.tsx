import { useTranslation } from 'react-i18next'

import { useCurrentUser } from '../auth/SessionContext'
import { hasPermission } from '../auth/roles'
import { SideNavLink } from './SideNavLink'
import styles from './SideNav.module.css'
import { navSections } from './navItems'

export function SideNav() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const sections = navSections
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => !item.permission || hasPermission(user, item.permission)),
    }))
    .filter((section) => section.items.length > 0)
  return (
    <nav className={styles.nav} aria-label={t('nav.label')}>
      {sections.map((section) => (
        <div key={section.id} className={styles.section} data-testid={`nav-section-${section.id}`}>
          <h2 className={styles.sectionTitle} id={`nav-section-${section.id}`}>
            {t(section.titleKey)}
          </h2>
          <ul className={styles.list} aria-labelledby={`nav-section-${section.id}`}>
            {section.items.map((item) => (
              <li key={item.kind === 'route' ? item.to : item.href}>
                <SideNavLink item={item} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  )
}
