import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'

import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'
import { type Language, SUPPORTED_LANGUAGES, detectInitialLanguage, persistLanguage } from './language'

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const

/** Keep `<html lang>` and the tab title in step with the UI language. */
function syncDocument(language: string): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = language
  document.title = i18n.t('app.title')
}

i18n.on('languageChanged', syncDocument)

void i18n.use(initReactI18next).init({
  resources,
  lng: detectInitialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...SUPPORTED_LANGUAGES],
  // React already escapes rendered text.
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
})

/** Switch the UI language because the user asked to, and remember the choice. */
export async function chooseLanguage(language: Language): Promise<void> {
  persistLanguage(language)
  await i18n.changeLanguage(language)
}

export default i18n
