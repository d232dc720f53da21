import { createApiKey, listApiKeys, revokeApiKey } from './generated'
import type { ApiKeyCreated, ApiKeyRead } from './generated'
import { unwrap } from './errors'

export type { ApiKeyCreated, ApiKeyRead }

export function fetchApiKeys(signal?: AbortSignal): Promise<ApiKeyRead[]> {
  return unwrap(listApiKeys({ signal }))
}

/** The answer holds the secret: show it once, never keep it in a cache. */
export function createKey(name: string, scopes: string[]): Promise<ApiKeyCreated> {
  return unwrap(createApiKey({ body: { name, scopes } }))
}

export function revokeKey(keyId: number): Promise<ApiKeyRead> {
  return unwrap(revokeApiKey({ path: { key_id: keyId } }))
}
