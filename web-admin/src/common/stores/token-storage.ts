/*
 * Where the tokens live:
 * - the access token only in memory (the Pinia store): script on the page cannot find it in storage,
 *   and it is gone with the tab;
 * - the refresh token in sessionStorage: it survives a reload of this tab (so a reload does not log the
 *   operator out) but is not shared with other tabs or kept after the tab closes. Refresh tokens rotate
 *   and each can be used once, so tabs sharing one (localStorage) would race and revoke the session
 *   (code 2009); a shared desk terminal should also not stay signed in after the tab is closed.
 */
const KEY = 'onecard.admin.refreshToken'

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined
  }
}

export function readRefreshToken(): string | null {
  return storage()?.getItem(KEY) ?? null
}

export function writeRefreshToken(token: string | null): void {
  const s = storage()
  if (!s) return
  if (token) s.setItem(KEY, token)
  else s.removeItem(KEY)
}
