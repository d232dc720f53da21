import { useTranslation } from 'react-i18next'

import type { MemberRead } from '../../../api/members'
import { ROLES, isRole } from '../../../auth/roles'
import { Badge } from '../../../components/Badge'
import { Button } from '../../../components/Button'
import { Icon } from '../../../components/Icon'
import table from '../../../components/Table.module.css'
import { formatDateTime, formatRelativeToNow } from '../../../lib/formatTime'
import styles from './MembersPage.module.css'

type MemberRowProps = {
  member: MemberRead
  isYou: boolean
  /** Only owners may grant the owner role (the server refuses others anyway). */
  canGrantOwner: boolean
  /** The role being saved for this member, if a change is on its way. */
  pendingRole: string | null
  onChangeRole: (role: string) => void
  onRemove: () => void
}

export function MemberRow({ member, isYou, canGrantOwner, pendingRole, onChangeRole, onRemove }: MemberRowProps) {
  const { t, i18n } = useTranslation()
  const name = member.displayName || member.email
  const roles = isRole(member.role) ? ROLES : [...ROLES, member.role]
  return (
    <tr data-testid={`member-${member.email}`}>
      <td>
        <div className={styles.person}>
          <span className={styles.avatar} aria-hidden="true">
            {[...name][0]?.toUpperCase()}
          </span>
          <div>
            <div className={table.primaryText}>
              {name} {isYou && <Badge tone="primary">{t('members.you')}</Badge>}
            </div>
            <div className={table.secondaryText}>{member.email}</div>
          </div>
        </div>
      </td>
      <td>
        <select
          className={styles.roleSelect}
          aria-label={t('members.roleOf', { email: member.email })}
          value={pendingRole ?? member.role}
          disabled={pendingRole !== null}
          onChange={(event) => onChangeRole(event.target.value)}
        >
          {roles.map((role) => (
            <option key={role} value={role} disabled={role === 'owner' && !canGrantOwner && member.role !== 'owner'}>
              {isRole(role) ? t(`roles.${role}`) : role}
            </option>
          ))}
        </select>
      </td>
      <td className={`${table.muted} ${table.nowrap}`}>
        <time dateTime={member.joinedAt}>{formatDateTime(member.joinedAt, i18n.language, 'date')}</time>
      </td>
      <td className={`${table.muted} ${table.nowrap}`}>
        {member.lastLoginAt ? (
          <time dateTime={member.lastLoginAt} title={formatDateTime(member.lastLoginAt, i18n.language)}>
            {formatRelativeToNow(member.lastLoginAt, i18n.language)}
          </time>
        ) : (
          t('common.never')
        )}
      </td>
      <td className={table.actions}>
        <Button variant="ghost" size="sm" onClick={onRemove} aria-label={t('members.removeOf', { email: member.email })}>
          <Icon name="trash" size={15} />
          {t('members.removeShort')}
        </Button>
      </td>
    </tr>
  )
}
