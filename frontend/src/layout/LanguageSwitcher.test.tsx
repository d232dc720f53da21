import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { LANGUAGE_STORAGE_KEY } from '../i18n/language'
import { mockFetch, signedInRoutes } from '../test/mockFetch'
import { renderApp } from '../test/renderApp'

describe('LanguageSwitcher', () => {
  it('switches the visible text to Chinese and back, remembering the choice', async () => {
    mockFetch(signedInRoutes())
    const { user } = renderApp('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
    expect(await screen.findByText('All systems operational')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')

    await user.click(screen.getByRole('button', { name: '中文' }))

    expect(screen.getByRole('heading', { level: 1, name: '系统状态' })).toBeInTheDocument()
    expect(screen.getByText('所有服务运行正常')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '系统状态' })).toBeInTheDocument()
    expect(screen.getAllByText('正常')).toHaveLength(3)
    expect(screen.queryByRole('heading', { name: 'System status' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(document.title).toBe('Journeys 旅程')

    await user.click(screen.getByRole('button', { name: 'English' }))

    expect(screen.getByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument()
    expect(screen.getAllByText('OK')).toHaveLength(3)
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('Journeys')
  })
})
