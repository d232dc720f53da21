import type { ParseKeys } from 'i18next'

import { backendPages, paths } from '../app/paths'
import type { IconName } from '../components/Icon'

/** A screen of the SPA (rendered by the router). */
export type RouteNavItem = { kind: 'route'; to: string; labelKey: ParseKeys; icon: IconName; end?: boolean }
/** A page served by the backend (opened outside the SPA). */
export type ExternalNavItem = { kind: 'external'; href: string; labelKey: ParseKeys; icon: IconName }
export type NavItem = RouteNavItem | ExternalNavItem
export type NavSection = { id: string; titleKey: ParseKeys; items: NavItem[] }

/** The side navigation. Only list pages that exist. */
export const navSections: NavSection[] = [
  {
    id: 'monitor',
    titleKey: 'nav.sectionMonitor',
    items: [{ kind: 'route', to: paths.status, labelKey: 'nav.status', icon: 'activity', end: true }],
  },
  {
    id: 'developers',
    titleKey: 'nav.sectionDevelopers',
    items: [{ kind: 'external', href: backendPages.apiDocs, labelKey: 'nav.apiDocs', icon: 'book' }],
  },
]
