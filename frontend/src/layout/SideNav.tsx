import { useTranslation } from 'react-i18next'

import { SideNavLink } from './SideNavLink'
import styles from './SideNav.module.css'
import { navSections } from './navItems'

export function SideNav() {
  const { t } = useTranslation()
  return (
    <nav className={styles.nav} aria-label={t('nav.label')}>
      {navSections.map((section) => (
        <div key={section.id} className={styles.section}>
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
