import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { useCurrentUser } from '../auth/SessionContext'
import { useSignOut } from '../auth/useSignOut'
import { Icon } from '../components/Icon'
import menuStyles from '../components/Menu.module.css'
import { RoleLabel } from '../components/RoleLabel'
import { Spinner } from '../components/Spinner'
import { useMenu } from '../components/useMenu'
import { useErrorMessage } from '../lib/useErrorMessage'
import { ChangePasswordDialog } from './ChangePasswordDialog'
import styles from './UserMenu.module.css'

/** Who is signed in, with "Change password" and "Sign out". */
export function UserMenu() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const { open, close, rootRef, triggerProps, menuId, onKeyDown } = useMenu()
  const signOut = useSignOut()
  const errorMessage = useErrorMessage()
  const [changingPassword, setChangingPassword] = useState(false)
  const email = user.user?.email ?? ''
  const displayName = user.user?.displayName || email

  return (
    <div className={menuStyles.root} ref={rootRef} onKeyDown={onKeyDown} data-testid="user-menu">
      <button type="button" className={styles.trigger} aria-label={t('account.menuLabel', { email })} {...triggerProps}>
        <span className={styles.avatar} aria-hidden="true">
          {initialsOf(displayName)}
        </span>
        <Icon name="chevronDown" size={16} className={styles.chevron} />
      </button>
      {open && (
        <div className={menuStyles.menu} id={menuId} role="menu" aria-label={t('account.menuTitle')}>
          <div className={styles.identity}>
            <span className={`${styles.avatar} ${styles.avatarLarge}`} aria-hidden="true">
              {initialsOf(displayName)}
            </span>
            <div className={styles.identityText}>
              <p className={styles.displayName}>{displayName}</p>
              <p className={styles.email} data-testid="user-email">
                {email}
              </p>
              {user.role && (
                <p className={styles.role}>
                  {t('account.roleIn', { workspace: user.workspace.name })} <RoleLabel role={user.role} />
                </p>
              )}
            </div>
          </div>
          <div className={menuStyles.separator} role="separator" />
          <button
            type="button"
            role="menuitem"
            className={menuStyles.item}
            onClick={() => {
              close()
              setChangingPassword(true)
            }}
          >
            <Icon name="lock" size={16} className={menuStyles.itemIcon} />
            {t('account.changePassword')}
          </button>
          <button
            type="button"
            role="menuitem"
            className={`${menuStyles.item} ${menuStyles.danger}`}
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {signOut.isPending ? <Spinner size={16} /> : <Icon name="logOut" size={16} className={menuStyles.itemIcon} />}
            {t('account.signOut')}
          </button>
          {signOut.isError && (
            <p className={styles.error} role="alert">
              {errorMessage(signOut.error)}
            </p>
          )}
        </div>
      )}
      {changingPassword && <ChangePasswordDialog onClose={() => setChangingPassword(false)} />}
    </div>
  )
}

function initialsOf(name: string): string {
  const letters = [...name.trim()]
  if (letters.length === 0) return '?'
  // Chinese names: the first character; others: the first letter, upper-cased.
  return letters[0].toUpperCase()
}
