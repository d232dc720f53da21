import { type Page, expect } from '@playwright/test'

import { PASSWORD } from './accounts.ts'

/** Sign in through the login page and wait for the app shell. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('current-workspace')).toBeVisible()
}

/** A fresh browser state with nobody signed in (for tests that sign in themselves). */
export const SIGNED_OUT = { cookies: [], origins: [] }
