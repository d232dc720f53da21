import { useTranslation } from 'react-i18next'

import { CHECK_NAMES } from '../../api/health'
import { PageHeader } from '../../components/PageHeader'
import { CheckCard } from './CheckCard'
import { CheckCardSkeleton } from './CheckCardSkeleton'
import { OverallBanner } from './OverallBanner'
import styles from './StatusPage.module.css'
import { UnreachableBanner } from './UnreachableBanner'
import { formatTime } from '../../lib/formatTime'
import { useHealth } from './useHealth'

/** Home page: is the database, Redis and the worker fleet healthy? */
export function StatusPage() {
  const { t, i18n } = useTranslation()
  const health = useHealth()
  const report = health.data

  const aside = report && (
    <>
      <span data-testid="app-version">{t('status.version', { version: report.version })}</span>
      <span>{t('status.updatedAt', { time: formatTime(health.dataUpdatedAt, i18n.language) })}</span>
    </>
  )

  return (
    <div className={styles.page}>
      <PageHeader title={t('status.title')} subtitle={t('status.subtitle')} aside={aside} />
      {health.isError && <UnreachableBanner lastSuccessAt={report ? health.dataUpdatedAt : undefined} />}
      {report && !health.isError && <OverallBanner status={report.status} />}
      {health.isPending && (
        <p className={styles.loading} role="status">
          {t('status.loading')}
        </p>
      )}
      <div className={styles.grid} aria-busy={health.isPending}>
        {report
          ? CHECK_NAMES.map((name) => <CheckCard key={name} name={name} check={report.checks[name]} />)
          : health.isPending && CHECK_NAMES.map((name) => <CheckCardSkeleton key={name} />)}
      </div>
    </div>
  )
}
