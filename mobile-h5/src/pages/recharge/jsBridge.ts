// JSAPI pay inside WeChat: the order's payUrl is the JSON object WeChat's getBrandWCPayRequest takes
// (appId, timeStamp, nonceStr, package, signType, paySign, signed by the server). WeChat injects
// WeixinJSBridge into its pages, sometimes only after the page has started: then we wait for its
// WeixinJSBridgeReady event, for a while.

/** What WeChat's callback said: paid, cancelled by the payer, or anything else (failed). */
export type BrandPayAnswer = 'ok' | 'cancel' | 'fail'

interface WeixinJSBridge {
  invoke(name: string, params: object, callback: (res: { err_msg?: string } | undefined) => void): void
}

type BridgeHost = { WeixinJSBridge?: WeixinJSBridge }

export interface BridgeOptions {
  host?: BridgeHost
  events?: Pick<Document, 'addEventListener' | 'removeEventListener'>
  /** How long to wait for WeChat to inject the bridge before the payment counts as failed. */
  readyWaitMs?: number
}

export const READY_WAIT_MS = 10_000

export function answerOf(errMsg: string | undefined): BrandPayAnswer {
  if (errMsg === 'get_brand_wcpay_request:ok') return 'ok'
  if (errMsg === 'get_brand_wcpay_request:cancel') return 'cancel'
  return 'fail'
}

/** The bridge, once WeChat has injected it; null when it never came within the wait. */
export function whenBridgeReady(options: BridgeOptions = {}): Promise<WeixinJSBridge | null> {
  const host = options.host ?? (window as unknown as BridgeHost)
  const events = options.events ?? document
  if (host.WeixinJSBridge) return Promise.resolve(host.WeixinJSBridge)
  return new Promise((resolve) => {
    const onReady = () => {
      clearTimeout(timer)
      events.removeEventListener('WeixinJSBridgeReady', onReady)
      resolve(host.WeixinJSBridge ?? null)
    }
    const timer = setTimeout(() => {
      events.removeEventListener('WeixinJSBridgeReady', onReady)
      resolve(host.WeixinJSBridge ?? null)
    }, options.readyWaitMs ?? READY_WAIT_MS)
    events.addEventListener('WeixinJSBridgeReady', onReady)
  })
}

/** Asks WeChat to pay the order whose bridge parameters are in payUrl. */
export async function requestBrandPay(payUrl: string, options: BridgeOptions = {}): Promise<BrandPayAnswer> {
  let params: object
  try {
    params = JSON.parse(payUrl) as object
  } catch {
    return 'fail'
  }
  const bridge = await whenBridgeReady(options)
  if (!bridge) return 'fail'
  return new Promise((resolve) => {
    try {
      bridge.invoke('getBrandWCPayRequest', params, (res) => resolve(answerOf(res?.err_msg)))
    } catch {
      resolve('fail')
    }
  })
}
