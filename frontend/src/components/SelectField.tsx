import { type SelectHTMLAttributes, useId } from 'react'

import styles from './Field.module.css'

type Option = { value: string; label: string; disabled?: boolean }

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
  label: string
  options: Option[]
  hint?: string
}

export function SelectField({ label, options, hint, className, ...select }: SelectFieldProps) {
  const id = useId()
  return (
    <div className={[styles.field, className ?? ''].filter(Boolean).join(' ')}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <select id={id} className={`${styles.input} ${styles.select}`} aria-describedby={hint ? `${id}-hint` : undefined} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  )
}
