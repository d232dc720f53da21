import { useMutation } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { useErrorMessage } from '../lib/useErrorMessage'
import { Alert } from './Alert'
import { Button } from './Button'
import { Dialog } from './Dialog'
import { DialogActions } from './DialogActions'

type ConfirmDialogProps = {
  title: string
  description: ReactNode
  confirmLabel: string
  /** Runs on confirm; the dialog closes when it resolves and shows the server's message if it fails. */
  onConfirm: () => Promise<unknown>
  onClose: () => void
  testId?: string
}

/** "Are you sure?" for destructive actions, with the server's refusal shown inline. */
export function ConfirmDialog({ title, description, confirmLabel, onConfirm, onClose, testId }: ConfirmDialogProps) {
  const { t } = useTranslation()
  const errorMessage = useErrorMessage()
  const action = useMutation({ mutationFn: onConfirm, onSuccess: onClose })
  return (
    <Dialog title={title} description={description} onClose={onClose} dismissible={!action.isPending} width="sm" testId={testId}>
      {action.isError && <Alert>{errorMessage(action.error)}</Alert>}
      <DialogActions>
        <Button variant="secondary" onClick={onClose} disabled={action.isPending}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" onClick={() => action.mutate()} busy={action.isPending} data-autofocus>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
