import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// The backend (`journeys up` / `journeys serve`) listens on :8000 and serves the built SPA from
// ./dist; in development Vite serves the SPA and forwards API and API-docs calls to it.
const backend = process.env.JOURNEYS_BACKEND_URL ?? 'http://127.0.0.1:8000'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/schema': { target: backend, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/schema': { target: backend, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
