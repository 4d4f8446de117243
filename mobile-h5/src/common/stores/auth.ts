import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { loginApi, logoutApi, refreshApi } from '@/common/api/auth'
import { ApiError } from '@/common/api/errors'
import type { TokenResponse } from '@/common/api/types'
import { readStorage, writeStorage } from '@/common/utils/storage'

/*
 * Where the tokens live:
 * - the access token (short-lived, sent with every call) only in memory, so it never outlives the page;
 * - the refresh token in localStorage, because a phone user reopens the page from a home-screen icon or
 *   a chat link and expects to still be signed in. It is single-use (each refresh rotates it, reusing a
 *   spent one revokes the whole session) and logout revokes it, which limits what a copied one is worth.
 */
export const REFRESH_TOKEN_KEY = 'onecard.h5.refreshToken'
const REFRESH_LOCK = 'onecard.h5.refresh'

const NO_SESSION = new ApiError(401, {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  code: 2001,
})

/** Serialises refreshes across tabs of the same page, so two tabs never spend the same token. */
async function exclusive(task: () => Promise<void>): Promise<void> {
  const locks: LockManager | undefined = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (locks) await locks.request(REFRESH_LOCK, task)
  else await task()
}

export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref<string | null>(null)
  const refreshToken = ref<string | null>(readStorage(REFRESH_TOKEN_KEY))
  let inflight: Promise<void> | null = null

  const isAuthenticated = computed(() => accessToken.value !== null)
  const hasSession = computed(() => refreshToken.value !== null)

  function setTokens(tokens: TokenResponse): void {
    accessToken.value = tokens.accessToken
    refreshToken.value = tokens.refreshToken
    writeStorage(REFRESH_TOKEN_KEY, tokens.refreshToken)
  }

  function clear(): void {
    accessToken.value = null
    refreshToken.value = null
    writeStorage(REFRESH_TOKEN_KEY, null)
  }

  async function login(employeeNo: string, password: string): Promise<void> {
    setTokens(await loginApi({ employeeNo, password }))
  }

  async function rotate(): Promise<void> {
    // Read storage again: another tab may have rotated the token since this page started.
    const token = readStorage(REFRESH_TOKEN_KEY) ?? refreshToken.value
    if (!token) {
      clear()
      throw NO_SESSION
    }
    try {
      setTokens(await refreshApi(token))
    } catch (e) {
      // Refused (invalid, expired, reused): the session is over. A network failure keeps the token:
      // if the server did rotate it, the next try is reported as reuse and ends the session there.
      if (e instanceof ApiError) clear()
      throw e
    }
  }

  /** Renews the tokens; concurrent callers share one request (single flight). */
  function refresh(): Promise<void> {
    inflight ??= exclusive(rotate).finally(() => {
      inflight = null
    })
    return inflight
  }

  /** On opening the page: turn a remembered refresh token into a fresh access token. */
  async function restore(): Promise<void> {
    if (!isAuthenticated.value && hasSession.value) await refresh()
  }

  async function logout(): Promise<void> {
    const token = refreshToken.value
    try {
      if (token) await logoutApi(token, accessToken.value)
    } catch {
      // signed out locally all the same; the server-side session simply expires
    } finally {
      clear()
    }
  }

  return { accessToken, refreshToken, isAuthenticated, hasSession, setTokens, clear, login, refresh, restore, logout }
})
