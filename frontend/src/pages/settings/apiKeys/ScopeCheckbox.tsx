import { useId } from 'react'
import { useTranslation } from 'react-i18next'

import type { Scope } from '../../../auth/roles'
import styles from './CreateApiKeyDialog.module.css'
import { scopeKey } from './scopeKey'

type ScopeCheckboxProps = {
  scope: Scope
  checked: boolean
  onChange: (checked: boolean) => void
}

/** One scope as a selectable card: name, wire name and what it allows. */
export function ScopeCheckbox({ scope, checked, onChange }: ScopeCheckboxProps) {
  const { t } = useTranslation()
  const id = useId()
  const key = scopeKey(scope)
  return (
    <label className={`${styles.option} ${checked ? styles.checked : ''}`} htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        className={styles.checkbox}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-description`}
      />
      <span className={styles.optionText}>
        <span className={styles.optionTitle}>
          {t(`apiKeys.scopes.${key}.label`)} <code className={styles.wire}>{scope}</code>
        </span>
        <span className={styles.optionDescription} id={`${id}-description`}>
          {t(`apiKeys.scopes.${key}.description`)}
        </span>
      </span>
    </label>
  )
}
