import { vi } from 'vitest'

import type { HealthReport } from '../api/health'

type Route = { status: number; body: unknown }

/**
 * Replace globalThis.fetch with a fake server: `routes` maps "METHOD /path" to a JSON answer.
 * Returns the mock so tests can inspect the requests the app really sent.
 */
export function mockFetch(routes: Record<string, Route | (() => Route)>) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init)
    const url = new URL(request.url)
    const key = `${request.method} ${url.pathname}`
    const route = routes[key]
    if (!route) {
      return new Response(JSON.stringify({ status_code: 404, detail: 'Not Found' }), {
        status: 404,
        headers: { 'Content-Type': 'application/json' },
      })
    }
    const { status, body } = typeof route === 'function' ? route() : route
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export function healthReport(overrides: {
  database?: Partial<HealthReport['checks']['database']>
  redis?: Partial<HealthReport['checks']['redis']>
  worker?: Partial<HealthReport['checks']['worker']>
} = {}): HealthReport {
  const checks: HealthReport['checks'] = {
    database: { status: 'ok', detail: null, latencyMs: 1.2, ...overrides.database },
    redis: { status: 'ok', detail: null, latencyMs: 0.4, ...overrides.redis },
    worker: {
      status: 'ok',
      detail: null,
      latencyMs: null,
      lastHeartbeatAt: '2026-11-23T10:00:00Z',
      liveWorkers: 1,
      ...overrides.worker,
    },
  }
  const allOk = Object.values(checks).every((check) => check.status === 'ok')
  return { status: allOk ? 'ok' : 'degraded', version: '0.1.0', checks }
}
