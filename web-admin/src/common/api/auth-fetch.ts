import { ResultCodes } from './codes'
import { problemCodeOf } from './problem'

export interface AuthHooks {
  /** the access token held in memory, or null */
  getAccessToken: () => string | null
  /** single-flight refresh shared by all callers: the new access token, or null when the session is gone */
  refresh: () => Promise<string | null>
  /** called once a request could not be authenticated even after a refresh */
  onSessionLost: () => void
  /** value for Accept-Language, so the server's own detail texts match the UI */
  getLanguage?: () => string
}

/** Codes after which a fresh access token may help (2003: the server may have restarted with a new key). */
const REFRESHABLE = new Set<number>([ResultCodes.TOKEN_EXPIRED, ResultCodes.TOKEN_INVALID])

function authorize(req: Request, token: string | null, hooks: AuthHooks): Request {
  if (token) req.headers.set('Authorization', `Bearer ${token}`)
  const lang = hooks.getLanguage?.()
  if (lang) req.headers.set('Accept-Language', lang)
  return req
}

/**
 * A fetch that sends the bearer token and, on 401 TOKEN_EXPIRED, waits for the (shared) refresh and
 * retries the original request once with the new token.
 */
export function createAuthFetch(hooks: AuthHooks, baseFetch: (req: Request) => Promise<Response> = (r) => fetch(r)) {
  return async function authFetch(request: Request): Promise<Response> {
    const spare = request.clone() // the body can be read only once; keep a copy for the retry
    const used = hooks.getAccessToken()
    const first = await baseFetch(authorize(request, used, hooks))
    if (first.status !== 401) return first

    const code = await problemCodeOf(first)
    if (code === undefined || !REFRESHABLE.has(code) || used === null) {
      hooks.onSessionLost()
      return first
    }
    // Someone else may already have refreshed while this request was in flight.
    const current = hooks.getAccessToken()
    const fresh = current !== null && current !== used ? current : await hooks.refresh()
    if (fresh === null) {
      hooks.onSessionLost()
      return first
    }
    const second = await baseFetch(authorize(spare, fresh, hooks))
    if (second.status === 401) hooks.onSessionLost()
    return second
  }
}
