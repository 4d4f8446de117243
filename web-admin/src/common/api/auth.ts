import { api, publicApi, unwrap } from './client'
import type { LoginRequest, OperatorView, TokenResponse } from './types'

export function login(body: LoginRequest): Promise<TokenResponse> {
  return unwrap(publicApi.POST('/api/auth/login', { body }))
}

export function refresh(refreshToken: string): Promise<TokenResponse> {
  return unwrap(publicApi.POST('/api/auth/refresh', { body: { refreshToken } }))
}

/**
 * Sent without the automatic refresh-and-retry: a retry would repeat the refresh token that the refresh
 * had just spent, which the server treats as reuse. The store refreshes and calls again instead.
 */
export async function logout(refreshToken: string, accessToken: string | null): Promise<void> {
  const headers = accessToken ? { Authorization: `Bearer ${accessToken}` } : undefined
  await unwrap(publicApi.POST('/api/auth/logout', { body: { refreshToken }, headers }))
}

export function me(): Promise<OperatorView> {
  return unwrap(api.GET('/api/auth/me'))
}
