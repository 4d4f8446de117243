import createClient from 'openapi-fetch'
import { createAuthFetch, type AuthHooks } from './auth-fetch'
import { ApiError, parseProblem } from './problem'
import type { ApiPaths } from './types'

function origin(): string {
  return globalThis.location?.origin ?? ''
}

const noHooks: AuthHooks = {
  getAccessToken: () => null,
  refresh: () => Promise.resolve(null),
  onSessionLost: () => undefined,
}

let hooks: AuthHooks = noHooks

/** Connects the API client to the session: the auth store and the router bridge each supply their part. */
export function installAuthHooks(h: Partial<AuthHooks>): void {
  hooks = { ...hooks, ...h }
}

const delegatingHooks: AuthHooks = {
  getAccessToken: () => hooks.getAccessToken(),
  refresh: () => hooks.refresh(),
  onSessionLost: () => hooks.onSessionLost(),
  getLanguage: () => hooks.getLanguage?.() ?? '',
}

/** Calls that need the operator's access token. */
export const api = createClient<ApiPaths>({
  baseUrl: origin(),
  fetch: createAuthFetch(delegatingHooks, (r) => globalThis.fetch(r)),
})

/** Calls made without an access token (login, refresh). */
export const publicApi = createClient<ApiPaths>({
  baseUrl: origin(),
  fetch: (r) => {
    const lang = hooks.getLanguage?.()
    if (lang) r.headers.set('Accept-Language', lang)
    return globalThis.fetch(r)
  },
})

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Returns the data of a successful call or throws an ApiError with the server's problem. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await call
  } catch (e) {
    throw new ApiError(0, undefined, e)
  }
  if (!result.response.ok) throw new ApiError(result.response.status, parseProblem(result.error))
  return result.data as T
}
