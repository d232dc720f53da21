#!/usr/bin/env node
// Start the real app (`journeys up`) for the browser tests, on a fresh temporary data dir so
// every run begins with an empty SQLite database and its own embedded Redis.
//
//   node scripts/start-app.mjs            (Playwright's webServer runs this)
//
// Env: E2E_PORT (default 18765), JOURNEYS_BIN (default <repo>/.venv/bin/journeys).
// SIGTERM/SIGINT are forwarded to `journeys up`, and the data dir is removed once it has exited.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const port = process.env.E2E_PORT ?? '18765'
const journeysBin = process.env.JOURNEYS_BIN ?? join(repoRoot, '.venv', 'bin', 'journeys')
const spaIndex = join(repoRoot, 'frontend', 'dist', 'index.html')

function fail(message) {
  console.error(`start-app: ${message}`)
  process.exit(1)
}

if (!existsSync(journeysBin)) fail(`${journeysBin} not found: install the backend first (see README).`)
if (!existsSync(spaIndex)) fail(`${spaIndex} not found: build the web app first with \`npm run build\`.`)

const dataDir = mkdtempSync(join(tmpdir(), 'journeys-e2e-'))
let cleanedUp = false
function cleanUp() {
  if (cleanedUp) return
  cleanedUp = true
  rmSync(dataDir, { recursive: true, force: true })
}

// Embedded defaults only: whatever the developer's shell points at must not leak into the tests.
const env = { ...process.env, JOURNEYS_DATA_DIR: dataDir }
for (const name of ['JOURNEYS_DATABASE_URL', 'JOURNEYS_REDIS_URL', 'JOURNEYS_HOST', 'JOURNEYS_PORT', 'JOURNEYS_SPA_DIR']) {
  delete env[name]
}

console.error(`start-app: journeys up on 127.0.0.1:${port}, data in ${dataDir}`)
const child = spawn(journeysBin, ['up', '--host', '127.0.0.1', '--port', port], {
  cwd: repoRoot,
  env,
  stdio: 'inherit',
})

let stopSignal = null
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopSignal) return // already stopping; `journeys up` is shutting its children down
    stopSignal = signal
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  })
}

child.on('error', (error) => {
  cleanUp()
  fail(`could not start ${journeysBin}: ${error.message}`)
})

child.on('exit', (code, signal) => {
  cleanUp()
  if (stopSignal) process.exit(0)
  console.error(`start-app: journeys up exited (${signal ?? `code ${code}`})`)
  process.exit(code ?? 1)
})

process.on('exit', cleanUp)
