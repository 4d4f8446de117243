// Calls that need the signed-in cardholder: adds the access token and renews it once when it expired.
import { useAuthStore } from '@/common/stores/auth'
import { ApiError } from './errors'
import { send, type Method } from './request'
import { PASSWORD_CHANGE_REQUIRED, TOKEN_EXPIRED } from './resultCodes'

let sessionLost: () => void = () => {}
let passwordRequired: () => void = () => {}

/** What to do when the session is gone for good (the app sends the user to the login page). */
export function setSessionLostHandler(handler: () => void): void {
  sessionLost = handler
}

/** What to do when the server wants the initial password replaced first (the app opens the password page). */
export function setPasswordRequiredHandler(handler: () => void): void {
  passwordRequired = handler
}

function endSession(): void {
  useAuthStore().clear()
  sessionLost()
}

function isUnauthorized(e: unknown): e is ApiError {
  return e instanceof ApiError && e.status === 401
}

export async function authed(
  method: Method,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<Response> {
  try {
    return await authedOnce(method, path, body, headers)
  } catch (e) {
    if (e instanceof ApiError && e.code === PASSWORD_CHANGE_REQUIRED) passwordRequired()
    throw e
  }
}

async function authedOnce(
  method: Method,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<Response> {
  const auth = useAuthStore()
  const usedToken = auth.accessToken
  try {
    return await send(method, path, { body, token: usedToken, headers })
  } catch (e) {
    if (!isUnauthorized(e)) throw e
    if (e.code !== TOKEN_EXPIRED) {
      endSession()
      throw e
    }
  }
  // Expired: renew unless a concurrent caller already did; all callers share one refresh (single flight).
  if (auth.accessToken === usedToken) {
    try {
      await auth.refresh()
    } catch (e) {
      if (!auth.hasSession) sessionLost() // refused by the server: tokens are already cleared
      throw e
    }
  }
  try {
    return await send(method, path, { body, token: auth.accessToken, headers })
  } catch (e) {
    if (isUnauthorized(e)) endSession()
    throw e
  }
}
