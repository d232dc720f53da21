import { describe, expect, it } from 'vitest'

import { LANGUAGE_STORAGE_KEY, detectInitialLanguage } from './language'
import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'

function storageWith(value: string | null): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (key === LANGUAGE_STORAGE_KEY ? value : null) }
}

describe('detectInitialLanguage', () => {
  it('prefers the remembered choice over the browser language', () => {
    expect(detectInitialLanguage(storageWith('en'), ['zh-CN'])).toBe('en')
    expect(detectInitialLanguage(storageWith('zh-CN'), ['en-US'])).toBe('zh-CN')
  })

  it('uses Chinese for any Chinese browser language, English otherwise', () => {
    expect(detectInitialLanguage(storageWith(null), ['zh-CN', 'en'])).toBe('zh-CN')
    expect(detectInitialLanguage(storageWith(null), ['zh-TW'])).toBe('zh-CN')
    expect(detectInitialLanguage(storageWith(null), ['zh'])).toBe('zh-CN')
    expect(detectInitialLanguage(storageWith(null), ['en-GB', 'zh-CN'])).toBe('en')
    expect(detectInitialLanguage(storageWith(null), ['fr-FR'])).toBe('en')
    expect(detectInitialLanguage(storageWith(null), [])).toBe('en')
  })

  it('ignores an unknown stored value and unusable storage', () => {
    expect(detectInitialLanguage(storageWith('klingon'), ['zh-CN'])).toBe('zh-CN')
    const broken = { getItem: () => { throw new Error('SecurityError') } }
    expect(detectInitialLanguage(broken, ['en-US'])).toBe('en')
    expect(detectInitialLanguage(undefined, ['zh-HK'])).toBe('zh-CN')
  })
})

describe('locale files', () => {
  function keys(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) return [prefix]
    return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
  }

  it('zh-CN translates exactly the keys that en has', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })
})
