import type { ReactNode } from 'react'

import styles from './PageHeader.module.css'

type PageHeaderProps = {
  title: string
  subtitle?: string
  /** Right-aligned extras (meta information, actions). */
  aside?: ReactNode
}

export function PageHeader({ title, subtitle, aside }: PageHeaderProps) {
  return (
    <div className={styles.header}>
      <div className={styles.text}>
        <h1 className={styles.title}>{title}</h1>
        {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
      </div>
      {aside && <div className={styles.aside}>{aside}</div>}
    </div>
  )
}
