import type { CreateClientConfig } from './generated/client.gen'

/**
 * Runtime configuration of the generated API client.
 *
 * The SPA is served by the backend on the same origin, so requests go to the page's own origin
 * (`/api/...`). The origin is spelled out because `new Request()` needs an absolute URL outside
 * a browser (e.g. in jsdom tests).
 */
export const createClientConfig: CreateClientConfig = (config) => ({
  ...config,
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
})
