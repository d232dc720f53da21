import type { ReactNode } from 'react'

import styles from './Badge.module.css'

type BadgeProps = {
  tone?: 'neutral' | 'primary' | 'ok' | 'down' | 'warn'
  children: ReactNode
  testId?: string
  title?: string
}

/** A small pill: a role, a scope, a status. */
export function Badge({ tone = 'neutral', children, testId, title }: BadgeProps) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`} data-testid={testId} title={title}>
      {children}
    </span>
  )
}
