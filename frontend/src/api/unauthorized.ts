/**
 * "The server no longer knows us": any API call answered 401 (the session expired or was ended
 * elsewhere). The route guard listens and sends the user back to the login page.
 */
type Listener = () => void

const listeners = new Set<Listener>()

export function onUnauthorized(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function notifyUnauthorized(): void {
  for (const listener of [...listeners]) listener()
}
