/** Languages the UI speaks, and how the initial one is chosen and remembered. */

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof SUPPORTED_LANGUAGES)[number]

/** Names shown in the switcher, each in its own language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-CN': '中文',
  en: 'English',
}

export const LANGUAGE_STORAGE_KEY = 'journeys.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value)
}

function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language | null {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(stored) ? stored : null
  } catch {
    // Storage can be disabled (privacy mode); fall back to the browser language.
    return null
  }
}

/**
 * The language to start in: the one the user chose before (localStorage), otherwise Chinese
 * when the browser's preferred language is any Chinese variant, otherwise English.
 */
export function detectInitialLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''],
): Language {
  const stored = readStoredLanguage(storage)
  if (stored) return stored
  const preferred = browserLanguages.find((lang) => lang) ?? ''
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function persistLanguage(language: Language, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Not fatal: the choice just won't survive a reload.
  }
}
