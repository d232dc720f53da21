import { vi } from 'vitest'

import type { CurrentUser, HealthReport } from '../api/generated'

export type Route = { status: number; body?: unknown; headers?: Record<string, string> }
export type Routes = Record<string, Route | ((request: Request) => Route | Promise<Route>)>

/**
 * Replace globalThis.fetch with a fake server: `routes` maps "METHOD /path" to a JSON answer
 * (or a function of the request). Returns the mock so tests can inspect the requests the app
 * really sent (`requestsTo(fetchMock, 'POST /api/v1/api-keys')`).
 */
export function mockFetch(routes: Routes) {
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
    const { status, body, headers } = typeof route === 'function' ? await route(request.clone()) : route
    const empty = status === 204 || body === undefined
    return new Response(empty ? null : JSON.stringify(body), {
      status,
      headers: { ...(empty ? {} : { 'Content-Type': 'application/json' }), ...headers },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The requests sent to "METHOD /path", in order. */
export function requestsTo(fetchMock: ReturnType<typeof mockFetch>, key: string): Request[] {
  return fetchMock.mock.calls
    .map(([input]) => input as Request)
    .filter((request) => `${request.method} ${new URL(request.url).pathname}` === key)
}

export const CSRF_TOKEN = 'csrf-token-for-tests'

const ROLE_PERMISSIONS: Record<string, string[]> = {
  owner: ['admin', 'customers:write', 'events:write', 'journeys:write', 'read', 'tasks:own'],
  admin: ['admin', 'customers:write', 'events:write', 'journeys:write', 'read', 'tasks:own'],
  marketer: ['customers:write', 'journeys:write', 'read'],
  analyst: ['read'],
  assistant: ['tasks:own'],
}

/** What `GET /api/v1/auth/me` answers for a user with `role` in workspace "Acme 咖啡". */
export function currentUser(role = 'owner', overrides: Partial<CurrentUser> = {}): CurrentUser {
  const acme = { id: 1, slug: 'acme', name: 'Acme 咖啡', role }
  return {
    via: 'session',
    workspace: acme,
    permissions: ROLE_PERMISSIONS[role] ?? [],
    user: { id: 7, email: 'owner@acme.test', displayName: 'Olivia' },
    role,
    workspaces: [acme, { id: 2, slug: 'globex', name: 'Globex Fashion', role: 'marketer' }],
    csrfToken: CSRF_TOKEN,
    ...overrides,
  }
}

/** Routes of a signed-in session (`me`), plus a healthy status page. */
export function signedInRoutes(role = 'owner', overrides: Partial<CurrentUser> = {}): Routes {
  return {
    'GET /api/v1/auth/me': { status: 200, body: currentUser(role, overrides) },
    'GET /api/v1/health': { status: 200, body: healthReport() },
  }
}

export const NOT_SIGNED_IN: Route = {
  status: 401,
  body: { status_code: 401, detail: "sign in, or send an API key as 'Authorization: Bearer <key>'" },
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
