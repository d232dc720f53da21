#!/usr/bin/env node
// Start the real app (`journeys up`) for the browser tests, on a fresh temporary data dir so
// every run begins with an empty SQLite database and its own embedded Redis. Before that, the
// test accounts (tests/accounts.ts) are created with `journeys migrate` + `journeys create-user`,
// so `journeys up` finds users and creates no first-run owner.
//
//   node scripts/start-app.mjs            (Playwright's webServer runs this)
//
// Env: E2E_PORT (default 18765), JOURNEYS_BIN (default <repo>/.venv/bin/journeys).
// SIGTERM/SIGINT are forwarded to `journeys up`, and the data dir is removed once it has exited.
import { spawn, spawnSync } from 'node:child_process'
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

// Keep in step with tests/accounts.ts.
const PASSWORD = 'e2e-password-1'
const ACCOUNTS = [
  ['--email', 'owner@acme.test', '--workspace', 'acme', '--role', 'owner', '--workspace-name', 'Acme 咖啡'],
  ['--email', 'owner@acme.test', '--workspace', 'globex', '--role', 'marketer', '--workspace-name', 'Globex Fashion'],
  ['--email', 'analyst@acme.test', '--workspace', 'acme', '--role', 'analyst'],
]

/** Run a `journeys` subcommand to completion; on failure, stop with its one-line error. */
function journeys(args) {
  const result = spawnSync(journeysBin, args, { cwd: repoRoot, env, encoding: 'utf8' })
  if (result.error || result.status !== 0) {
    cleanUp()
    const why = result.error?.message ?? (result.stderr || result.stdout).trim().split('\n').at(-1)
    fail(`journeys ${args[0]} failed (${result.error ? 'not started' : `exit ${result.status}`}): ${why}`)
  }
  process.stderr.write(result.stdout)
}

journeys(['migrate'])
for (const account of ACCOUNTS) journeys(['create-user', ...account, '--password', PASSWORD])

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
