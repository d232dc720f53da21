import type { ButtonHTMLAttributes } from 'react'

import styles from './Button.module.css'
import { Spinner } from './Spinner'

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost'
  size?: 'md' | 'sm'
  /** Waiting for the server: shows a spinner and ignores clicks. */
  busy?: boolean
}

export function Button({ variant = 'primary', size = 'md', busy = false, className, disabled, type, children, ...rest }: ButtonProps) {
  const classes = [styles.button, styles[variant], size === 'sm' ? styles.small : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <button type={type ?? 'button'} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy && <Spinner />}
      {children}
    </button>
  )
}
