// The cardholder's one-use pay code (POST /api/h5/pay-codes); each call replaces the older codes.
import { authed } from './http'
import { readJson } from './request'
import type { PayCodeView } from './types'

export async function issuePayCode(): Promise<PayCodeView> {
  return readJson<PayCodeView>(await authed('POST', '/api/h5/pay-codes'))
}
