import { getHealth } from './generated'
import type { CheckResult, HealthReport, WorkerCheckResult } from './generated'

export type { CheckResult, HealthReport, WorkerCheckResult }
export type CheckName = keyof HealthReport['checks']
export const CHECK_NAMES: readonly CheckName[] = ['database', 'redis', 'worker']

/** The server could not be reached or did not answer with a health report. */
export class HealthUnavailableError extends Error {
  readonly status: number | undefined

  constructor(status: number | undefined, cause?: unknown) {
    super(status === undefined ? 'The server could not be reached' : `The server answered HTTP ${status}`, { cause })
    this.name = 'HealthUnavailableError'
    this.status = status
  }
}

function isHealthReport(value: unknown): value is HealthReport {
  if (typeof value !== 'object' || value === null) return false
  const report = value as Partial<HealthReport>
  return (
    typeof report.status === 'string' &&
    typeof report.checks === 'object' &&
    report.checks !== null &&
    CHECK_NAMES.every((name) => typeof report.checks?.[name]?.status === 'string')
  )
}

/**
 * Fetch the health report. A 503 ("degraded") still carries a full report, which is returned
 * like a 200 so the page can show which check is down; anything else is an error.
 */
export async function fetchHealth(signal?: AbortSignal): Promise<HealthReport> {
  const { data, error, response } = await getHealth({ throwOnError: false, signal })
  if (response?.ok && isHealthReport(data)) return data
  if (response?.status === 503 && isHealthReport(error)) return error
  throw new HealthUnavailableError(response?.status, error)
}
