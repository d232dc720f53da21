import type { CurrentUser } from '../api/session'

/** Roles of a workspace member, most powerful first (as the server defines them). */
export const ROLES = ['owner', 'admin', 'marketer', 'analyst', 'assistant'] as const
export type Role = (typeof ROLES)[number]

/** What an API key may do. */
export const SCOPES = ['events:write', 'read', 'journeys:write', 'admin'] as const
export type Scope = (typeof SCOPES)[number]

/** The server refuses shorter passwords. */
export const MIN_PASSWORD_LENGTH = 10

/** Permissions the SPA checks to show or hide screens (the server enforces them anyway). */
export type Permission = 'admin' | 'read' | 'journeys:write' | 'customers:write' | 'events:write' | 'tasks:own'

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value)
}

export function hasPermission(user: Pick<CurrentUser, 'permissions'>, permission: Permission): boolean {
  return user.permissions.includes(permission)
}
