import { useTranslation } from 'react-i18next'

import { useCurrentUser } from '../auth/SessionContext'
import { useSwitchWorkspace } from '../auth/useSwitchWorkspace'
import { Icon } from '../components/Icon'
import menuStyles from '../components/Menu.module.css'
import { RoleLabel } from '../components/RoleLabel'
import { Spinner } from '../components/Spinner'
import { useMenu } from '../components/useMenu'
import { useErrorMessage } from '../lib/useErrorMessage'
import styles from './WorkspaceSwitcher.module.css'

/** The current workspace, and a menu of the user's other workspaces to switch to. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const { open, close, rootRef, triggerProps, menuId, onKeyDown } = useMenu()
  const switcher = useSwitchWorkspace()
  const errorMessage = useErrorMessage()
  const current = user.workspace
  const workspaces = user.workspaces?.length ? user.workspaces : [current]

  function choose(workspaceId: number) {
    if (workspaceId === current.id) {
      close(true)
      return
    }
    switcher.mutate(workspaceId, { onSuccess: () => close(true) })
  }

  return (
    <div className={menuStyles.root} ref={rootRef} onKeyDown={onKeyDown} data-testid="workspace-switcher">
      <button
        type="button"
        className={styles.trigger}
        aria-label={t('workspace.switcherLabel', { name: current.name })}
        {...triggerProps}
      >
        <span className={styles.mark} aria-hidden="true">
          {initialOf(current.name)}
        </span>
        <span className={styles.names}>
          <span className={styles.name} data-testid="current-workspace">
            {current.name}
          </span>
          {user.role && (
            <span className={styles.role}>
              <RoleLabel role={user.role} />
            </span>
          )}
        </span>
        {switcher.isPending ? <Spinner /> : <Icon name="chevronDown" size={16} className={styles.chevron} />}
      </button>
      {open && (
        <div className={`${menuStyles.menu} ${menuStyles.alignStart}`} id={menuId} role="menu" aria-label={t('workspace.menuLabel')}>
          <p className={menuStyles.heading} aria-hidden="true">
            {t('workspace.menuLabel')}
          </p>
          {workspaces.map((workspace) => {
            const active = workspace.id === current.id
            return (
              <button
                key={workspace.id}
                type="button"
                role="menuitemradio"
                aria-checked={active}
                className={`${menuStyles.item} ${styles.option}`}
                disabled={switcher.isPending}
                onClick={() => choose(workspace.id)}
                data-testid={`workspace-option-${workspace.slug}`}
              >
                <span className={`${styles.mark} ${styles.markSmall}`} aria-hidden="true">
                  {initialOf(workspace.name)}
                </span>
                <span className={styles.optionText}>
                  <span className={styles.optionName}>{workspace.name}</span>
                  <span className={styles.optionMeta}>
                    {workspace.slug}
                    {workspace.role && (
                      <>
                        {' · '}
                        <RoleLabel role={workspace.role} />
                      </>
                    )}
                  </span>
                </span>
                {active && <Icon name="check" size={16} className={styles.check} />}
              </button>
            )
          })}
          {switcher.isError && (
            <p className={styles.error} role="alert">
              {errorMessage(switcher.error)}
            </p>
          )}
        </div>
      )}
    </div>
  )
}

function initialOf(name: string): string {
  return [...name.trim()][0]?.toUpperCase() ?? '?'
}
