import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { changeOwnPassword } from '../api/session'
import { MIN_PASSWORD_LENGTH } from '../auth/roles'
import { Alert } from '../components/Alert'
import { Button } from '../components/Button'
import { Dialog } from '../components/Dialog'
import { DialogActions } from '../components/DialogActions'
import { TextField } from '../components/TextField'
import { useErrorMessage } from '../lib/useErrorMessage'

/** Change the signed-in user's own password; the server then ends their other sessions. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const errorMessage = useErrorMessage()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const change = useMutation({ mutationFn: () => changeOwnPassword(current, next) })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (next !== confirm) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    change.mutate()
  }

  if (change.isSuccess) {
    return (
      <Dialog title={t('account.password.title')} onClose={onClose} width="sm" testId="change-password-dialog">
        <Alert tone="success">{t('account.password.done')}</Alert>
        <DialogActions>
          <Button onClick={onClose} data-autofocus>
            {t('common.done')}
          </Button>
        </DialogActions>
      </Dialog>
    )
  }

  return (
    <Dialog
      title={t('account.password.title')}
      description={t('account.password.description')}
      onClose={onClose}
      dismissible={!change.isPending}
      width="sm"
      testId="change-password-dialog"
    >
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <TextField
          label={t('account.password.new')}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          hint={t('account.password.rule', { min: MIN_PASSWORD_LENGTH })}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <TextField
          label={t('account.password.confirm')}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          error={mismatch ? t('account.password.mismatch') : null}
          onChange={(event) => setConfirm(event.target.value)}
        />
        {change.isError && <Alert>{errorMessage(change.error)}</Alert>}
        <DialogActions>
          <Button variant="secondary" onClick={onClose} disabled={change.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" busy={change.isPending} disabled={!current || !next || !confirm}>
            {t('account.password.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
