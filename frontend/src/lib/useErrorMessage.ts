import { useTranslation } from 'react-i18next'

import { ApiError } from '../api/errors'

/**
 * Turn a failed call into a sentence for the user: the server's own `detail` when it sent one
 * (it names the field or the rule), otherwise a translated explanation.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation()
  return (error) => {
    if (error instanceof ApiError) {
      if (error.isNetworkError) return t('common.networkError')
      if (error.detail) return error.detail
      return t('common.serverError', { status: error.status })
    }
    return t('common.unexpectedError')
  }
}
