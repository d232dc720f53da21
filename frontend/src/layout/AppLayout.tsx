import { Outlet } from 'react-router'

import styles from './AppLayout.module.css'
import { Header } from './Header'
import { SideNav } from './SideNav'

export function AppLayout() {
  return (
    <div className={styles.shell}>
      <Header />
      <div className={styles.body}>
        <SideNav />
        <main className={styles.main} id="main-content">
          <Outlet />
        </main>
      </div>
    </div>
  )
}
