import type { ParseKeys } from 'i18next'

/** Audit actions the UI has names for (the server may add more: those are shown as sent). */
const ACTION_KEYS: Record<string, ParseKeys> = {
  login: 'audit.actions.login',
  'login.failed': 'audit.actions.loginFailed',
  'login.locked': 'audit.actions.loginLocked',
  logout: 'audit.actions.logout',
  'password.changed': 'audit.actions.passwordChanged',
  'workspace.switched': 'audit.actions.workspaceSwitched',
  'api_key.created': 'audit.actions.apiKeyCreated',
  'api_key.revoked': 'audit.actions.apiKeyRevoked',
  'member.added': 'audit.actions.memberAdded',
  'member.role_changed': 'audit.actions.memberRoleChanged',
  'member.removed': 'audit.actions.memberRemoved',
  'user.created': 'audit.actions.userCreated',
}

export function actionKey(action: string): ParseKeys | null {
  return ACTION_KEYS[action] ?? null
}

/** Colour of an action's badge: failures red, lock-outs amber, key/role changes highlighted. */
export function actionTone(action: string): 'neutral' | 'primary' | 'down' | 'warn' {
  if (action === 'login.failed') return 'down'
  if (action === 'login.locked') return 'warn'
  if (action.startsWith('api_key.') || action.startsWith('member.') || action === 'password.changed') return 'primary'
  return 'neutral'
}

const DETAIL_KEYS: Record<string, ParseKeys> = {
  name: 'audit.detailKeys.name',
  scopes: 'audit.detailKeys.scopes',
  role: 'audit.detailKeys.role',
  from: 'audit.detailKeys.from',
  to: 'audit.detailKeys.to',
  reason: 'audit.detailKeys.reason',
  until: 'audit.detailKeys.until',
}

export function detailKey(key: string): ParseKeys | null {
  return DETAIL_KEYS[key] ?? null
}

const REASON_KEYS: Record<string, ParseKeys> = {
  'bad credentials': 'audit.reasons.badCredentials',
  'no workspace': 'audit.reasons.noWorkspace',
}

export function reasonKey(reason: string): ParseKeys | null {
  return REASON_KEYS[reason] ?? null
}
