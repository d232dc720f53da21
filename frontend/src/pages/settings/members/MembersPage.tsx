import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { type MemberRead, deleteMember, updateMemberRole } from '../../../api/members'
import { useCurrentUser } from '../../../auth/SessionContext'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { Icon } from '../../../components/Icon'
import { PageHeader } from '../../../components/PageHeader'
import table from '../../../components/Table.module.css'
import { useErrorMessage } from '../../../lib/useErrorMessage'
import styles from '../SettingsPage.module.css'
import { AddMemberDialog } from './AddMemberDialog'
import { MemberRow } from './MemberRow'
import { membersQueryKey, useMembers } from './useMembers'

/** Owners and admins: who belongs to this workspace, with which role. */
export function MembersPage() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const queryClient = useQueryClient()
  const errorMessage = useErrorMessage()
  const members = useMembers()
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<MemberRead | null>(null)
  const refresh = () => queryClient.invalidateQueries({ queryKey: membersQueryKey(user.workspace.id) })

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: MemberRead; role: string }) => updateMemberRole(member.userId, role),
    onSettled: refresh,
  })

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('members.title')}
        subtitle={t('members.subtitle', { workspace: user.workspace.name })}
        aside={
          <Button onClick={() => setAdding(true)}>
            <Icon name="plus" size={16} />
            {t('members.add')}
          </Button>
        }
      />
      {changeRole.isError && (
        <Alert className={styles.alert} testId="role-change-error">
          {t('members.roleChangeFailed', { email: changeRole.variables.member.email })} {errorMessage(changeRole.error)}
        </Alert>
      )}
      {members.isError && (
        <Alert className={styles.alert}>
          {t('members.loadFailed')} {errorMessage(members.error)}
        </Alert>
      )}
      <div className={table.wrap}>
        <table className={table.table} data-testid="members-table">
          <thead>
            <tr>
              <th scope="col">{t('members.columns.member')}</th>
              <th scope="col">{t('members.columns.role')}</th>
              <th scope="col">{t('members.columns.joined')}</th>
              <th scope="col">{t('members.columns.lastLogin')}</th>
              <th scope="col" className={table.actions}>
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.isPending && (
              <tr>
                <td colSpan={5} className={table.empty}>
                  {t('common.loading')}
                </td>
              </tr>
            )}
            {members.data?.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                isYou={member.userId === user.user?.id}
                canGrantOwner={user.role === 'owner'}
                pendingRole={changeRole.isPending && changeRole.variables.member.userId === member.userId ? changeRole.variables.role : null}
                onChangeRole={(role) => changeRole.mutate({ member, role })}
                onRemove={() => setRemoving(member)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {adding && <AddMemberDialog canGrantOwner={user.role === 'owner'} onAdded={refresh} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          title={t('members.remove.title', { name: removing.displayName || removing.email })}
          description={t('members.remove.description', { email: removing.email, workspace: user.workspace.name })}
          confirmLabel={t('members.remove.confirm')}
          onConfirm={() => deleteMember(removing.userId).then(refresh)}
          onClose={() => setRemoving(null)}
          testId="remove-member-dialog"
        />
      )}
    </div>
  )
}
