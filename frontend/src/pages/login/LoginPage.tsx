import { useTranslation } from 'react-i18next'
import { Navigate, useSearchParams } from 'react-router'

import { safeNext } from '../../auth/loginPath'
import { useSessionQuery } from '../../auth/useSessionQuery'
import { Alert } from '../../components/Alert'
import { LanguageSwitcher } from '../../layout/LanguageSwitcher'
import { Logo } from '../../layout/Logo'
import { LoginForm } from './LoginForm'
import styles from './LoginPage.module.css'

/** Sign in with email and password, then continue to `?next=` (or the home page). */
export function LoginPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const session = useSessionQuery()

  if (session.data?.status === 'signed-in') return <Navigate to={next} replace />
  const reason = session.data?.status === 'signed-out' ? session.data.reason : null

  return (
    <div className={styles.page}>
      <div className={styles.topBar}>
        <LanguageSwitcher />
      </div>
      <main className={styles.center}>
        <div className={styles.brand}>
          <Logo size={40} />
          <p className={styles.brandName}>
            {t('app.name')}
            <span className={styles.brandSeparator} aria-hidden="true">
              /
            </span>
            <span lang="zh-CN">{t('app.nameLocal')}</span>
          </p>
          <p className={styles.tagline}>{t('app.tagline')}</p>
        </div>
        <section className={styles.card} aria-labelledby="login-title">
          <h1 className={styles.title} id="login-title">
            {t('login.title')}
          </h1>
          <p className={styles.subtitle}>{t('login.subtitle')}</p>
          {reason === 'expired' && (
            <Alert tone="warning" testId="session-expired">
              {t('login.expired')}
            </Alert>
          )}
          {reason === 'signed-out' && (
            <Alert tone="success" testId="signed-out">
              {t('login.signedOut')}
            </Alert>
          )}
          <LoginForm next={next} />
        </section>
        <p className={styles.footnote}>{t('login.footnote')}</p>
      </main>
    </div>
  )
}
