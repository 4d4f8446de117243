// The WeChat OAuth round trip leaves the page: what the cardholder asked for (channel, amount) and the
// state the server issued are kept in this tab until WeChat brings the phone back with ?code=&state=.
// A state that differs from the one kept is not ours (someone else's link): nothing is sent.
import type { LocationQuery } from 'vue-router'
import type { PaymentChannel } from '@/common/api/types'

/** Where WeChat brings the phone back (a page under /h5/). */
export const OAUTH_RETURN_PATH = '/h5/recharge'

export interface PendingOauth {
  state: string
  channel: PaymentChannel
  amountFen: number
}

const KEY = 'onecard.h5.wechatOauth'

export function keepOauth(pending: PendingOauth, storage: Storage = sessionStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(pending))
  } catch {
    // storage disabled: the cardholder taps recharge again after coming back
  }
}

/** The kept round trip, forgotten as it is read (a code is good once). */
export function takeOauth(storage: Storage = sessionStorage): PendingOauth | null {
  try {
    const text = storage.getItem(KEY)
    storage.removeItem(KEY)
    const p = text === null ? null : (JSON.parse(text) as Partial<PendingOauth>)
    if (!p || typeof p.state !== 'string' || typeof p.amountFen !== 'number') return null
    if (p.channel !== 'WECHAT' && p.channel !== 'ALIPAY') return null
    return { state: p.state, channel: p.channel, amountFen: p.amountFen }
  } catch {
    return null
  }
}

function one(value: LocationQuery[string]): string | null {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : null
}

/** WeChat's way back: { code, state }, code null when the cardholder refused; null when this is no return. */
export function returnedOauth(query: LocationQuery): { code: string | null; state: string } | null {
  const state = one(query.state)
  if (state === null) return null
  const code = one(query.code)
  return { code: code && code.length <= 256 ? code : null, state }
}
