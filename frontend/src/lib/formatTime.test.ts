import { describe, expect, it } from 'vitest'

import { formatRelativeToNow } from './formatTime'

describe('formatRelativeToNow', () => {
  const now = Date.parse('2026-11-23T12:00:00Z')

  it('speaks in the largest whole unit, in the UI language', () => {
    expect(formatRelativeToNow('2026-11-23T11:59:55Z', 'en', now)).toBe('5 seconds ago')
    expect(formatRelativeToNow('2026-11-23T11:57:00Z', 'en', now)).toBe('3 minutes ago')
    expect(formatRelativeToNow('2026-11-23T09:00:00Z', 'en', now)).toBe('3 hours ago')
    expect(formatRelativeToNow('2026-11-21T12:00:00Z', 'en', now)).toBe('2 days ago')
    expect(formatRelativeToNow('2026-11-23T11:59:55Z', 'zh-CN', now)).toBe('5秒钟前')
  })

  it('treats clock skew into the future as now, and passes unparsable values through', () => {
    expect(formatRelativeToNow('2026-11-23T12:00:02Z', 'en', now)).toBe('now')
    expect(formatRelativeToNow('not a date', 'en', now)).toBe('not a date')
  })
})
