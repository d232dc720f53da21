import type { ReactNode } from 'react'

import styles from './Dialog.module.css'

/** The button row at the bottom of a dialog (secondary actions first, the main one last). */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>
}
