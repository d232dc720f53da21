import { paths } from '../app/paths'

/**
 * Where to go after signing in. Only same-origin app paths are accepted, so a crafted link
 * (`/login?next=https://evil.example`) cannot send the user elsewhere.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.status
  if (next === paths.login || next.startsWith(`${paths.login}?`) || next.startsWith(`${paths.login}/`)) return paths.status
  return next
}

/** `/login`, remembering the page to come back to (none for the home page). */
export function loginPathFor(next?: string): string {
  if (!next || safeNext(next) === paths.status) return paths.login
  return `${paths.login}?${new URLSearchParams({ next }).toString()}`
}
