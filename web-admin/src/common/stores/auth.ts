import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/common/api/auth'
import { installAuthHooks } from '@/common/api/client'
import { ResultCodes } from '@/common/api/codes'
import { ApiError } from '@/common/api/problem'
import type { LoginRequest, OperatorView, TokenResponse } from '@/common/api/types'
import { readRefreshToken, writeRefreshToken } from './token-storage'

export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref<string | null>(null)
  const refreshToken = ref<string | null>(readRefreshToken())
  const operator = ref<OperatorView | null>(null)
  let refreshing: Promise<string | null> | null = null

  const isAuthenticated = computed(() => accessToken.value !== null)

  function setTokens(t: TokenResponse): void {
    accessToken.value = t.accessToken
    refreshToken.value = t.refreshToken
    writeRefreshToken(t.refreshToken)
  }

  function clear(): void {
    accessToken.value = null
    refreshToken.value = null
    operator.value = null
    writeRefreshToken(null)
  }

  async function login(req: LoginRequest): Promise<void> {
    const tokens = await authApi.login(req)
    clear()
    setTokens(tokens)
  }

  async function runRefresh(): Promise<string | null> {
    const spent = refreshToken.value
    if (!spent) {
      clear()
      return null
    }
    try {
      setTokens(await authApi.refresh(spent))
      return accessToken.value
    } catch {
      // any failure ends the session: the token may already have been rotated by the server
      clear()
      return null
    }
  }

  /** One refresh at a time: concurrent callers share the same promise (refresh tokens are single-use). */
  function refresh(): Promise<string | null> {
    refreshing ??= runRefresh().finally(() => {
      refreshing = null
    })
    return refreshing
  }

  /** After a page reload: trade the tab's refresh token for an access token. */
  async function restore(): Promise<boolean> {
    if (accessToken.value) return true
    if (!refreshToken.value) return false
    return (await refresh()) !== null
  }

  async function loadOperator(): Promise<OperatorView> {
    const me = await authApi.me()
    operator.value = me
    return me
  }

  async function logout(): Promise<void> {
    try {
      if (refreshToken.value) await authApi.logout(refreshToken.value, accessToken.value)
    } catch (e) {
      // an expired access token: refresh once, then end the session with the new refresh token
      if (e instanceof ApiError && e.code === ResultCodes.TOKEN_EXPIRED && (await refresh()) && refreshToken.value) {
        await authApi.logout(refreshToken.value, accessToken.value).catch(() => undefined)
      }
    } finally {
      clear()
    }
  }

  // the API client reads the token and refreshes through this store; stores/auth-bridge.ts adds navigation
  installAuthHooks({ getAccessToken: () => accessToken.value, refresh, onSessionLost: clear })

  function can(permission: string): boolean {
    return operator.value?.permissions.includes(permission) ?? false
  }

  return { accessToken, refreshToken, operator, isAuthenticated, setTokens, clear, login, refresh, restore, loadOperator, logout, can }
})
