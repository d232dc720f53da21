import type { Scope } from '../../../auth/roles'

/** Translation key of a scope (':' separates namespaces in i18next keys, so it cannot appear). */
export function scopeKey(scope: Scope) {
  return scope.replace(':', '_') as 'events_write' | 'read' | 'journeys_write' | 'admin'
}
