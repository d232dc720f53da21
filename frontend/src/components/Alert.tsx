import type { ReactNode } from 'react'

import styles from './Alert.module.css'
import { Icon, type IconName } from './Icon'

type AlertProps = {
  tone?: 'error' | 'warning' | 'success' | 'info'
  title?: string
  children: ReactNode
  testId?: string
  className?: string
}

const ICONS: Record<NonNullable<AlertProps['tone']>, IconName> = {
  error: 'alert',
  warning: 'alert',
  success: 'check',
  info: 'info',
}

/** An inline message; errors and warnings are announced to screen readers at once. */
export function Alert({ tone = 'error', title, children, testId, className }: AlertProps) {
  const urgent = tone === 'error' || tone === 'warning'
  return (
    <div
      className={[styles.alert, styles[tone], className ?? ''].filter(Boolean).join(' ')}
      role={urgent ? 'alert' : 'status'}
      data-testid={testId}
    >
      <Icon name={ICONS[tone]} size={18} className={styles.icon} />
      <div className={styles.text}>
        {title && <p className={styles.title}>{title}</p>}
        <div>{children}</div>
      </div>
    </div>
  )
}
