import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react'

const ITEM = '[role="menuitem"]:not([disabled]), [role="menuitemradio"]:not([disabled])'

/**
 * Open/close state and keyboard behaviour of a dropdown menu: a click outside or Escape closes
 * it (Escape returns focus to the trigger), arrow keys move between items, and opening with the
 * keyboard focuses the first (or checked) item.
 */
export function useMenu() {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const menuId = useId()

  const close = useCallback((refocus = false) => {
    setOpen(false)
    if (refocus) triggerRef.current?.focus()
  }, [])

  useEffect(() => {
    if (!open) return
    function onPointerDown(event: PointerEvent) {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  useEffect(() => {
    if (!open) return
    const menu = rootRef.current?.querySelector<HTMLElement>('[role="menu"]')
    const checked = menu?.querySelector<HTMLElement>('[aria-checked="true"]')
    ;(checked ?? menu?.querySelector<HTMLElement>(ITEM))?.focus()
  }, [open])

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!open) return
    if (event.key === 'Escape') {
      event.preventDefault()
      close(true)
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])]
    if (items.length === 0) return
    event.preventDefault()
    const index = items.indexOf(document.activeElement as HTMLElement)
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length
    items[next].focus()
  }

  const triggerProps = {
    ref: triggerRef,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': open ? menuId : undefined,
    onClick: () => setOpen((value) => !value),
  }

  return { open, close, rootRef, triggerProps, menuId, onKeyDown }
}
