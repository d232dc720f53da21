import styles from './CheckCardSkeleton.module.css'

/** Placeholder with the size of a CheckCard while the first report loads. */
export function CheckCardSkeleton() {
  return (
    <div className={styles.skeleton} aria-hidden="true">
      <div className={styles.head}>
        <span className={styles.block} style={{ width: 36, height: 36 }} />
        <span className={styles.block} style={{ flex: 1, height: 16 }} />
      </div>
      <span className={styles.block} style={{ height: 12 }} />
      <span className={styles.block} style={{ width: '60%', height: 12 }} />
    </div>
  )
}
