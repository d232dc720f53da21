/** The accounts scripts/start-app.mjs creates before `journeys up` (keep the two in step). */
export const PASSWORD = 'e2e-password-1'

export const OWNER = {
  email: 'owner@acme.test',
  /** Owner of "Acme 咖啡" (acme), marketer in "Globex Fashion" (globex). */
  workspaces: { acme: 'Acme 咖啡', globex: 'Globex Fashion' },
} as const

export const ANALYST = { email: 'analyst@acme.test', workspace: 'Acme 咖啡' } as const

/** Where the setup project saves the owner's signed-in browser state. */
export const OWNER_STATE = new URL('../.auth/owner.json', import.meta.url).pathname
