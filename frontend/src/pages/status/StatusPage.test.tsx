import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { healthReport, mockFetch, requestsTo, signedInRoutes } from '../../test/mockFetch'
import { renderApp } from '../../test/renderApp'
import { HEALTH_REFRESH_MS } from './useHealth'

function card(name: 'Database' | 'Redis' | 'Worker') {
  return screen.getByRole('region', { name })
}

describe('StatusPage', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows every check as OK when the server reports healthy', async () => {
    const fetchMock = mockFetch({ ...signedInRoutes(), 'GET /api/v1/health': { status: 200, body: healthReport() } })
    renderApp('/')

    expect(await screen.findByText('All systems operational')).toBeInTheDocument()
    for (const name of ['Database', 'Redis', 'Worker'] as const) {
      const badge = within(card(name)).getByText('OK')
      expect(badge).toHaveAttribute('data-status', 'ok')
    }
    expect(screen.getByTestId('check-worker-live-workers')).toHaveTextContent('1')
    expect(screen.getByTestId('app-version')).toHaveTextContent('Version 0.1.0')
    expect(screen.queryByText('Down')).not.toBeInTheDocument()

    // The page used the generated client: one GET to the same-origin health endpoint.
    const requests = requestsTo(fetchMock, 'GET /api/v1/health')
    expect(requests).toHaveLength(1)
    expect(new URL(requests[0].url).origin).toBe(window.location.origin)
  })

  it('renders a 503 report: the failing check is Down with its detail, the others stay OK', async () => {
    mockFetch({
      ...signedInRoutes(),
      'GET /api/v1/health': {
        status: 503,
        body: healthReport({
          redis: { status: 'down', detail: 'Error 111 connecting to 127.0.0.1:6379. Connection refused.', latencyMs: null },
          worker: { status: 'down', detail: 'no worker heartbeat in the last 30 s', liveWorkers: 0, lastHeartbeatAt: null },
        }),
      },
    })
    renderApp('/')

    expect(await screen.findByText('Some services are down')).toBeInTheDocument()
    expect(within(card('Database')).getByText('OK')).toHaveAttribute('data-status', 'ok')
    expect(within(card('Redis')).getByText('Down')).toHaveAttribute('data-status', 'down')
    expect(within(card('Redis')).getByText(/Connection refused/)).toBeInTheDocument()
    expect(within(card('Worker')).getByText('Down')).toBeInTheDocument()
    expect(within(card('Worker')).getByText('no worker heartbeat in the last 30 s')).toBeInTheDocument()
    expect(within(card('Worker')).getByText('Never')).toBeInTheDocument()
    // A degraded report is data, not a failure to reach the server.
    expect(screen.queryByTestId('api-unreachable')).not.toBeInTheDocument()
  })

  it('says the server is unreachable when the request itself fails', async () => {
    mockFetch({
      ...signedInRoutes(),
      'GET /api/v1/health': () => {
        throw new TypeError('Failed to fetch')
      },
    })
    renderApp('/')

    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the Journeys server')
    expect(screen.getByText('journeys up').tagName).toBe('CODE')
    expect(screen.queryByRole('region', { name: 'Database' })).not.toBeInTheDocument()
  })

  it('treats a non-report error answer (e.g. a proxy 502) as unreachable, not as a report', async () => {
    mockFetch({ ...signedInRoutes(), 'GET /api/v1/health': { status: 502, body: 'Bad Gateway' } })
    renderApp('/')

    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the Journeys server')
  })

  it('refreshes on its own every 5 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let report = healthReport()
    const fetchMock = mockFetch({ ...signedInRoutes(), 'GET /api/v1/health': () => ({ status: report.status === 'ok' ? 200 : 503, body: report }) })
    renderApp('/')
    expect(await screen.findByText('All systems operational')).toBeInTheDocument()
    expect(requestsTo(fetchMock, 'GET /api/v1/health')).toHaveLength(1)

    report = healthReport({ database: { status: 'down', detail: 'database is locked' } })
    await vi.advanceTimersByTimeAsync(HEALTH_REFRESH_MS)

    expect(await screen.findByText('Some services are down')).toBeInTheDocument()
    expect(within(card('Database')).getByText('Down')).toBeInTheDocument()
    expect(within(card('Database')).getByText('database is locked')).toBeInTheDocument()
    expect(requestsTo(fetchMock, 'GET /api/v1/health')).toHaveLength(2)
  })
})
