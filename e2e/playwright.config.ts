import { defineConfig, devices } from '@playwright/test'

import { OWNER_STATE } from './tests/accounts.ts'

const port = Number(process.env.E2E_PORT ?? 18765)
const baseURL = `http://127.0.0.1:${port}`

// Playwright cannot download its own browsers on this project's machines: use Debian's Chromium
// (`apt-get install chromium`). Override with CHROMIUM_PATH if it lives elsewhere.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
}

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  // One real backend is shared by all tests: keep them in one worker until tests isolate data.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 1,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Signs the owner in once and saves the browser state (tests/auth.setup.ts).
    { name: 'setup', testMatch: /.*\.setup\.ts/, use: browser },
    {
      name: 'chromium',
      dependencies: ['setup'],
      // Specs start signed in as the owner of Acme; auth.spec.ts signs in by itself.
      use: { ...browser, storageState: OWNER_STATE },
    },
  ],
  webServer: {
    // The real app: `journeys up` (API + SPA from frontend/dist + worker, embedded SQLite and
    // Redis) on a fresh temporary data dir. Run `npm run build` first.
    command: 'node scripts/start-app.mjs',
    cwd: import.meta.dirname,
    env: { E2E_PORT: String(port) },
    url: `${baseURL}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
})
