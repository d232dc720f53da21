import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { AuditEntryRead } from '../../../api/auditLog'
import { AUDIT_PAGE_SIZE } from '../../../api/auditLog'
import { mockFetch, requestsTo, signedInRoutes } from '../../../test/mockFetch'
import { renderApp } from '../../../test/renderApp'

function entry(id: number, overrides: Partial<AuditEntryRead> = {}): AuditEntryRead {
  return {
    id,
    action: 'login',
    actor: 'owner@acme.test',
    target: null,
    detail: {},
    ip: '127.0.0.1',
    createdAt: '2026-11-23T10:00:00Z',
    ...overrides,
  }
}

describe('AuditLogPage', () => {
  it('names actions in the UI language, with their details', async () => {
    mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/audit-log': {
        status: 200,
        body: [
          entry(3, { action: 'api_key.created', target: 'jk_0cc433da', detail: { name: 'shop', scopes: ['events:write', 'read'] } }),
          entry(2, { action: 'member.role_changed', target: 'analyst@acme.test', detail: { from: 'analyst', to: 'admin' } }),
          entry(1, { action: 'login.failed', detail: { reason: 'bad credentials' } }),
        ],
      },
    })
    const { user } = renderApp('/settings/audit-log')

    const rows = await screen.findAllByTestId('audit-entry')
    expect(rows[0]).toHaveTextContent('API key created')
    expect(rows[0]).toHaveTextContent('jk_0cc433da')
    expect(rows[0]).toHaveTextContent('Scopes:Send events, Read')
    expect(rows[1]).toHaveTextContent('Role changed')
    expect(rows[1]).toHaveTextContent('From:Analyst')
    expect(rows[1]).toHaveTextContent('To:Admin')
    expect(rows[2]).toHaveTextContent('Sign-in failed')
    expect(rows[2]).toHaveTextContent('wrong email or password')
    expect(screen.getByTestId('audit-log-end')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '中文' }))
    expect(within(rows[0]).getByText('创建 API 密钥')).toBeInTheDocument()
    expect(within(rows[1]).getByText('变更角色')).toBeInTheDocument()
    expect(within(rows[2]).getByText('登录失败')).toBeInTheDocument()
  })

  it('loads older entries with beforeId', async () => {
    const firstPage = Array.from({ length: AUDIT_PAGE_SIZE }, (_, index) => entry(200 - index))
    const fetchMock = mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/audit-log': (request) => {
        const beforeId = new URL(request.url).searchParams.get('beforeId')
        return { status: 200, body: beforeId ? [entry(12, { action: 'logout' }), entry(11)] : firstPage }
      },
    })
    const { user } = renderApp('/settings/audit-log')

    expect(await screen.findAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE_SIZE)
    await user.click(screen.getByRole('button', { name: 'Load older entries' }))

    expect(await screen.findByTestId('audit-log-end')).toHaveTextContent(`${AUDIT_PAGE_SIZE + 2} entries shown`)
    expect(screen.getAllByTestId('audit-entry')).toHaveLength(AUDIT_PAGE_SIZE + 2)
    const urls = requestsTo(fetchMock, 'GET /api/v1/audit-log').map((request) => new URL(request.url).search)
    expect(urls).toEqual([`?limit=${AUDIT_PAGE_SIZE}`, `?limit=${AUDIT_PAGE_SIZE}&beforeId=151`])
  })
})
