import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { createMember } from '../../../api/members'
import { MIN_PASSWORD_LENGTH, ROLES, type Role } from '../../../auth/roles'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { DialogActions } from '../../../components/DialogActions'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useErrorMessage } from '../../../lib/useErrorMessage'

type AddMemberDialogProps = {
  canGrantOwner: boolean
  onAdded: () => void
  onClose: () => void
}

/** Add someone by email; a person without an account yet also needs an initial password. */
export function AddMemberDialog({ canGrantOwner, onAdded, onClose }: AddMemberDialogProps) {
  const { t } = useTranslation()
  const errorMessage = useErrorMessage()
  const [email, setEmail] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [role, setRole] = useState<Role>('marketer')
  const [password, setPassword] = useState('')
  const add = useMutation({
    mutationFn: () =>
      createMember({
        email: email.trim(),
        role,
        password: password || null,
        displayName: displayName.trim() || null,
      }),
    onSuccess: () => {
      onAdded()
      onClose()
    },
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (email.trim()) add.mutate()
  }

  return (
    <Dialog
      title={t('members.addDialog.title')}
      description={t('members.addDialog.description')}
      onClose={onClose}
      dismissible={!add.isPending}
      testId="add-member-dialog"
    >
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('members.addDialog.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SelectField
          label={t('members.addDialog.role')}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          hint={t(`roleDescriptions.${role}`)}
          options={ROLES.map((value) => ({
            value,
            label: t(`roles.${value}`),
            disabled: value === 'owner' && !canGrantOwner,
          }))}
        />
        <TextField
          label={t('members.addDialog.displayName')}
          autoComplete="off"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <TextField
          label={t('members.addDialog.password')}
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          hint={t('members.addDialog.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {add.isError && <Alert testId="add-member-error">{errorMessage(add.error)}</Alert>}
        <DialogActions>
          <Button variant="secondary" onClick={onClose} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" busy={add.isPending} disabled={!email.trim()}>
            {t('members.addDialog.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
