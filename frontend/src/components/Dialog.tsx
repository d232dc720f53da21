import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'

import styles from './Dialog.module.css'
import { Icon } from './Icon'

type DialogProps = {
  title: string
  description?: ReactNode
  onClose: () => void
  children: ReactNode
  /** While true, Escape and the close button do nothing (a request is on its way). */
  dismissible?: boolean
  width?: 'sm' | 'md'
  testId?: string
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog: focus moves into it (to `[data-autofocus]` or the first field), Tab stays
 * inside, Escape closes it, and focus returns to where it was when it closes.
 */
export function Dialog({ title, description, onClose, children, dismissible = true, width = 'md', testId }: DialogProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const descriptionId = useId()
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const previouslyFocused = document.activeElement as HTMLElement | null
    const root = panel.current
    const first = root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector<HTMLElement>('input, select, textarea')
    ;(first ?? root)?.focus()
    return () => previouslyFocused?.focus?.()
  }, [])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      if (dismissible) onClose()
      return
    }
    if (event.key !== 'Tab' || !panel.current) return
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    if (focusable.length === 0) return
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return createPortal(
    <div className={styles.backdrop}>
      <div
        ref={panel}
        className={`${styles.panel} ${width === 'sm' ? styles.small : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <div className={styles.head}>
          <h2 className={styles.title} id={titleId}>
            {title}
          </h2>
          <button type="button" className={styles.close} onClick={onClose} disabled={!dismissible} aria-label={t('common.close')}>
            <Icon name="x" size={18} />
          </button>
        </div>
        {description && (
          <div className={styles.description} id={descriptionId}>
            {description}
          </div>
        )}
        <div className={styles.body}>{children}</div>
      </div>
    </div>,
    document.body,
  )
}
