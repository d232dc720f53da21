import type { ParseKeys } from 'i18next'

import { backendPages, paths } from '../app/paths'
import type { Permission } from '../auth/roles'
import type { IconName } from '../components/Icon'

/** A screen of the SPA (rendered by the router), optionally only for users with a permission. */
export type RouteNavItem = { kind: 'route'; to: string; labelKey: ParseKeys; icon: IconName; end?: boolean; permission?: Permission }
/** A page served by the backend (opened outside the SPA). */
export type ExternalNavItem = { kind: 'external'; href: string; labelKey: ParseKeys; icon: IconName; permission?: Permission }
export type NavItem = RouteNavItem | ExternalNavItem
export type NavSection = { id: string; titleKey: ParseKeys; items: NavItem[] }

/** The side navigation. Only list pages that exist; a section without visible items is hidden. */
export const navSections: NavSection[] = [
  {
    id: 'monitor',
    titleKey: 'nav.sectionMonitor',
    items: [{ kind: 'route', to: paths.status, labelKey: 'nav.status', icon: 'activity', end: true }],
  },
  {
    id: 'settings',
    titleKey: 'nav.sectionSettings',
    items: [
      { kind: 'route', to: paths.members, labelKey: 'nav.members', icon: 'users', permission: 'admin' },
      { kind: 'route', to: paths.apiKeys, labelKey: 'nav.apiKeys', icon: 'key', permission: 'admin' },
      { kind: 'route', to: paths.auditLog, labelKey: 'nav.auditLog', icon: 'fileText', permission: 'admin' },
    ],
  },
  {
    id: 'developers',
    titleKey: 'nav.sectionDevelopers',
    items: [{ kind: 'external', href: backendPages.apiDocs, labelKey: 'nav.apiDocs', icon: 'book' }],
  },
]
