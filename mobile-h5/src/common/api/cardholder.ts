import { authed } from './http'
import { readJson } from './request'
import type { CardholderView, HistoryPage, LossView, TokenResponse } from './types'

export async function fetchMe(): Promise<CardholderView> {
  return readJson<CardholderView>(await authed('GET', '/api/h5/me'))
}

/** One page of my statement; `query` is the ready query string (see pages/history/query.ts). */
export async function fetchTransactions(query: string): Promise<HistoryPage> {
  return readJson<HistoryPage>(await authed('GET', `/api/h5/transactions${query}`))
}

/** Reports one of my cards lost; reporting a lost card again is answered the same way (changed: false). */
export async function reportCardLost(cardNo: string): Promise<LossView> {
  return readJson<LossView>(await authed('POST', `/api/h5/cards/${encodeURIComponent(cardNo)}/loss`))
}

/** The server ends every session of mine and answers with a fresh one for this device. */
export async function changePassword(oldPassword: string, newPassword: string): Promise<TokenResponse> {
  return readJson<TokenResponse>(await authed('POST', '/api/h5/auth/password', { oldPassword, newPassword }))
}
