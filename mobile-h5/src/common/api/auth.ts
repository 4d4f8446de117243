// Cardholder session endpoints. They are called without the automatic refresh (see http.ts).
import { readJson, send } from './request'
import type { CardholderLoginRequest, TokenResponse } from './types'

export async function loginApi(body: CardholderLoginRequest): Promise<TokenResponse> {
  return readJson<TokenResponse>(await send('POST', '/api/h5/auth/login', { body }))
}

export async function refreshApi(refreshToken: string): Promise<TokenResponse> {
  return readJson<TokenResponse>(await send('POST', '/api/h5/auth/refresh', { body: { refreshToken } }))
}

export async function logoutApi(refreshToken: string, accessToken: string | null): Promise<void> {
  await send('POST', '/api/h5/auth/logout', { body: { refreshToken }, token: accessToken })
}
