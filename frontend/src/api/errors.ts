/**
 * Errors from the generated client, in one shape the UI can show.
 *
 * The generated functions are called with `throwOnError: false` and passed through `unwrap`, so
 * a failure always becomes an ApiError carrying the HTTP status (undefined when the server could
 * not be reached at all) and the server's `detail` message, when it sent one.
 */
export class ApiError extends Error {
  readonly status: number | undefined
  readonly detail: string | null
  readonly response: Response | undefined

  constructor(status: number | undefined, detail: string | null, response?: Response, cause?: unknown) {
    super(detail ?? (status === undefined ? 'The server could not be reached' : `The server answered HTTP ${status}`), {
      cause,
    })
    this.name = 'ApiError'
    this.status = status
    this.detail = detail
    this.response = response
  }

  /** The request never got an answer (server down, network error). */
  get isNetworkError(): boolean {
    return this.status === undefined
  }
}

/** The `detail` of a Litestar error body (`{"status_code": 400, "detail": "..."}`), if any. */
export function detailOf(body: unknown): string | null {
  if (typeof body === 'object' && body !== null && 'detail' in body) {
    const detail = (body as { detail: unknown }).detail
    if (typeof detail === 'string' && detail.trim()) return detail
  }
  return null
}

type ClientResult<T> = { data?: T; error?: unknown; response?: Response }

/** The data of a successful call, or an ApiError. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await call
  if (response?.ok) return data as T
  // An aborted request (e.g. a cancelled query) is not a server error: let it through unchanged.
  if (!response && error instanceof DOMException && error.name === 'AbortError') throw error
  throw new ApiError(response?.status, detailOf(error), response, error)
}
