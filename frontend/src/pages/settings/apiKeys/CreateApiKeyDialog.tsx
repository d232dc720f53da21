import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { createKey } from '../../../api/apiKeys'
import { SCOPES, type Scope } from '../../../auth/roles'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { DialogActions } from '../../../components/DialogActions'
import { TextField } from '../../../components/TextField'
import { useErrorMessage } from '../../../lib/useErrorMessage'
import styles from './CreateApiKeyDialog.module.css'
import { NewKeySecret } from './NewKeySecret'
import { ScopeCheckbox } from './ScopeCheckbox'

type CreateApiKeyDialogProps = {
  onCreated: () => void
  onClose: () => void
}

/**
 * Name the key and pick its scopes; then show the secret this one time. The secret only lives in
 * this dialog's state: closing the dialog forgets it.
 */
export function CreateApiKeyDialog({ onCreated, onClose }: CreateApiKeyDialogProps) {
  const { t } = useTranslation()
  const errorMessage = useErrorMessage()
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<Scope[]>(['events:write'])
  const create = useMutation({ mutationFn: () => createKey(name.trim(), scopes), onSuccess: onCreated })

  function toggle(scope: Scope, checked: boolean) {
    setScopes((current) => (checked ? SCOPES.filter((s) => s === scope || current.includes(s)) : current.filter((s) => s !== scope)))
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (name.trim() && scopes.length > 0) create.mutate()
  }

  if (create.data) {
    return (
      <Dialog title={t('apiKeys.secret.title')} onClose={onClose} testId="api-key-created-dialog">
        <NewKeySecret created={create.data} />
        <DialogActions>
          <Button onClick={onClose}>{t('apiKeys.secret.done')}</Button>
        </DialogActions>
      </Dialog>
    )
  }

  return (
    <Dialog
      title={t('apiKeys.createDialog.title')}
      description={t('apiKeys.createDialog.description')}
      onClose={onClose}
      dismissible={!create.isPending}
      testId="create-api-key-dialog"
    >
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('apiKeys.createDialog.name')}
          placeholder={t('apiKeys.createDialog.namePlaceholder')}
          autoComplete="off"
          required
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <fieldset className={styles.scopes}>
          <legend className={styles.legend}>{t('apiKeys.createDialog.scopes')}</legend>
          {SCOPES.map((scope) => (
            <ScopeCheckbox key={scope} scope={scope} checked={scopes.includes(scope)} onChange={(checked) => toggle(scope, checked)} />
          ))}
        </fieldset>
        {scopes.length === 0 && <p className={styles.hint}>{t('apiKeys.createDialog.pickScope')}</p>}
        {create.isError && <Alert testId="create-api-key-error">{errorMessage(create.error)}</Alert>}
        <DialogActions>
          <Button variant="secondary" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" busy={create.isPending} disabled={!name.trim() || scopes.length === 0}>
            {t('apiKeys.createDialog.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
