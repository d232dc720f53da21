import '@testing-library/jest-dom/vitest'

import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'

import { setCsrfToken } from '../api/csrf'
import { installApiInterceptors } from '../api/interceptors'
import i18n from '../i18n'

// The app installs these in main.tsx; tests render the route tree directly.
installApiInterceptors()

// jsdom has no ResizeObserver; React Flow (@xyflow/react) and other layout code need one.
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub

// jsdom has no matchMedia either.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })
}

beforeEach(async () => {
  // Every test starts in English with no remembered choice.
  localStorage.clear()
  setCsrfToken(null)
  await i18n.changeLanguage('en')
})

afterEach(() => {
  cleanup()
})
