import { useTranslation } from 'react-i18next'

import type { CheckName, CheckResult, WorkerCheckResult } from '../../api/health'
import { Icon, type IconName } from '../../components/Icon'
import styles from './CheckCard.module.css'
import { StatusBadge } from './StatusBadge'
import { formatDateTime, formatRelativeToNow } from '../../lib/formatTime'

const ICONS: Record<CheckName, IconName> = { database: 'database', redis: 'layers', worker: 'cpu' }

type CheckCardProps = {
  name: CheckName
  check: CheckResult | WorkerCheckResult
}

/** One dependency (database, Redis, worker): its state, latency and, when down, why. */
export function CheckCard({ name, check }: CheckCardProps) {
  const { t, i18n } = useTranslation()
  const worker = name === 'worker' ? (check as WorkerCheckResult) : null
  const titleId = `check-${name}-title`
  const none = t('status.none')
  const latency =
    check.latencyMs === null || check.latencyMs === undefined
      ? none
      : t('status.latencyValue', { value: check.latencyMs.toFixed(check.latencyMs < 10 ? 1 : 0) })

  return (
    <section
      className={`${styles.card} ${check.status === 'ok' ? styles.ok : styles.down}`}
      aria-labelledby={titleId}
      data-testid={`check-${name}`}
    >
      <div className={styles.head}>
        <span className={styles.icon}>
          <Icon name={ICONS[name]} size={20} />
        </span>
        <div className={styles.titles}>
          <h2 className={styles.title} id={titleId}>
            {t(`status.checks.${name}`)}
          </h2>
          <p className={styles.hint}>{t(`status.checkHints.${name}`)}</p>
        </div>
        <StatusBadge status={check.status} testId={`check-${name}-status`} />
      </div>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>{t('status.fields.latency')}</dt>
          <dd>{latency}</dd>
        </div>
        {worker && (
          <>
            <div className={styles.fact}>
              <dt>{t('status.fields.liveWorkers')}</dt>
              <dd data-testid={`check-${name}-live-workers`}>{worker.liveWorkers ?? 0}</dd>
            </div>
            <div className={styles.fact}>
              <dt>{t('status.fields.lastHeartbeat')}</dt>
              <dd data-testid={`check-${name}-last-heartbeat`}>
                {worker.lastHeartbeatAt ? (
                  <time dateTime={worker.lastHeartbeatAt} title={formatDateTime(worker.lastHeartbeatAt, i18n.language)}>
                    {formatRelativeToNow(worker.lastHeartbeatAt, i18n.language)}
                  </time>
                ) : (
                  t('status.never')
                )}
              </dd>
            </div>
          </>
        )}
      </dl>
      {check.detail && (
        <p className={styles.detail} data-testid={`check-${name}-detail`}>
          <span className={styles.detailLabel}>{t('status.fields.detail')}</span>
          <code>{check.detail}</code>
        </p>
      )}
    </section>
  )
}
