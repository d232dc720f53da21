import styles from './Spinner.module.css'

/** A small busy indicator that inherits the text colour. */
export function Spinner({ size = 14 }: { size?: number }) {
  return <span className={styles.spinner} style={{ width: size, height: size }} aria-hidden="true" />
}
