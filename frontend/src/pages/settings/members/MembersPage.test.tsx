import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { MemberRead } from '../../../api/members'
import { mockFetch, requestsTo, signedInRoutes } from '../../../test/mockFetch'
import { renderApp } from '../../../test/renderApp'

function member(overrides: Partial<MemberRead>): MemberRead {
  return {
    userId: 7,
    email: 'owner@acme.test',
    displayName: 'Olivia',
    role: 'owner',
    joinedAt: '2026-11-01T10:00:00Z',
    lastLoginAt: '2026-11-23T10:00:00Z',
    ...overrides,
  }
}

const OWNER = member({})
const ANALYST = member({ userId: 8, email: 'analyst@acme.test', displayName: 'Ann', role: 'analyst', lastLoginAt: null })

describe('MembersPage', () => {
  it('lists members, changes a role, and shows the server refusal (last owner) inline', async () => {
    let members = [ANALYST, OWNER]
    const fetchMock = mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/members': () => ({ status: 200, body: members }),
      'PATCH /api/v1/members/8': () => {
        members = [{ ...ANALYST, role: 'admin' }, OWNER]
        return { status: 200, body: members[0] }
      },
      'PATCH /api/v1/members/7': { status: 409, body: { status_code: 409, detail: 'a workspace keeps at least one owner' } },
    })
    const { user } = renderApp('/settings/members')

    const analystRow = await screen.findByTestId('member-analyst@acme.test')
    expect(analystRow).toHaveTextContent('Ann')
    expect(analystRow).toHaveTextContent('Never')
    expect(screen.getByTestId('member-owner@acme.test')).toHaveTextContent('You')

    await user.selectOptions(within(analystRow).getByRole('combobox', { name: 'Role of analyst@acme.test' }), 'Admin')
    expect(await within(analystRow).findByDisplayValue('Admin')).toBeInTheDocument()
    expect(await requestsTo(fetchMock, 'PATCH /api/v1/members/8')[0].json()).toEqual({ role: 'admin' })

    const ownerSelect = within(screen.getByTestId('member-owner@acme.test')).getByRole('combobox')
    await user.selectOptions(ownerSelect, 'Marketer')
    expect(await screen.findByTestId('role-change-error')).toHaveTextContent(
      'Could not change the role of owner@acme.test: a workspace keeps at least one owner',
    )
    expect(ownerSelect).toHaveDisplayValue('Owner')
  })

  it('adds a member through the dialog, showing what the server refused', async () => {
    const fetchMock = mockFetch({
      ...signedInRoutes('admin'),
      'GET /api/v1/members': { status: 200, body: [OWNER] },
      'POST /api/v1/members': async (request) => {
        const body = await request.json()
        return body.password
          ? { status: 201, body: member({ userId: 9, email: body.email, role: body.role }) }
          : { status: 400, body: { status_code: 400, detail: 'password: required to create a new user' } }
      },
    })
    const { user } = renderApp('/settings/members')

    await user.click(await screen.findByRole('button', { name: 'Add member' }))
    const dialog = screen.getByRole('dialog', { name: 'Add member' })
    // Admins cannot grant the owner role.
    expect(within(dialog).getByRole('option', { name: 'Owner' })).toBeDisabled()
    await user.type(within(dialog).getByLabelText('Email'), 'new@acme.test')
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'Analyst')
    expect(dialog).toHaveTextContent('Read-only')
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('password: required to create a new user')

    await user.type(within(dialog).getByLabelText('Initial password'), 'first-password-1')
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }))

    await screen.findByRole('button', { name: 'Add member' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const requests = requestsTo(fetchMock, 'POST /api/v1/members')
    expect(await requests[1].json()).toEqual({ email: 'new@acme.test', role: 'analyst', password: 'first-password-1', displayName: null })
    expect(requestsTo(fetchMock, 'GET /api/v1/members').length).toBeGreaterThanOrEqual(2)
  })

  it('removes a member after confirmation, and shows a refusal inside the confirmation', async () => {
    const fetchMock = mockFetch({
      ...signedInRoutes('owner'),
      'GET /api/v1/members': { status: 200, body: [ANALYST, OWNER] },
      'DELETE /api/v1/members/7': { status: 409, body: { status_code: 409, detail: 'a workspace keeps at least one owner' } },
      'DELETE /api/v1/members/8': { status: 204 },
    })
    const { user } = renderApp('/settings/members')

    await user.click(await screen.findByRole('button', { name: 'Remove owner@acme.test' }))
    let dialog = screen.getByRole('dialog', { name: 'Remove Olivia?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('a workspace keeps at least one owner')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    await user.click(screen.getByRole('button', { name: 'Remove analyst@acme.test' }))
    dialog = screen.getByRole('dialog', { name: 'Remove Ann?' })
    expect(dialog).toHaveTextContent('analyst@acme.test will no longer be able to open Acme 咖啡')
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }))

    await screen.findByRole('button', { name: 'Add member' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(requestsTo(fetchMock, 'DELETE /api/v1/members/8')).toHaveLength(1)
  })
})
