// How an order is paid: shown as a QR code (scanned with another phone) or, on a phone, opened in
// the gateway itself (WeChat H5 pay, Alipay WAP): the page goes to the order's payUrl, and the
// gateway sends the cardholder back to /h5/recharge?orderNo=… afterwards. Inside WeChat's own
// browser, WeChat Pay is JSAPI: WeChat pays in place through WeixinJSBridge (jsBridge.ts).
import type { LocationQuery } from 'vue-router'
import type { PaymentChannel, PaymentOrderView, PayMode } from '@/common/api/types'

const PHONE = /Android|iPhone|iPad|iPod|Mobile|AlipayClient/i
const WECHAT_BROWSER = /MicroMessenger/i

/**
 * Whether to offer paying on this phone first: on a phone, but not in WeChat's own browser, which
 * refuses H5 pay (it wants JSAPI) and blocks Alipay's pages; there a long-pressed QR code works.
 */
export function isPhone(userAgent: string): boolean {
  return PHONE.test(userAgent) && !WECHAT_BROWSER.test(userAgent)
}

/** Whether the page runs inside WeChat's browser, where WeChat Pay is paid in place (JSAPI). */
export function isWechatBrowser(userAgent: string): boolean {
  return WECHAT_BROWSER.test(userAgent)
}

/** Whether "pay on this phone" can work for the channel: inside WeChat only WeChat Pay can. */
export function payableHere(channel: PaymentChannel, inWechat: boolean): boolean {
  return !inWechat || channel === 'WECHAT'
}

/** The mode that opens the channel's own pay page on this phone. */
export function jumpMode(channel: PaymentChannel): PayMode {
  return channel === 'WECHAT' ? 'H5' : 'WAP'
}

export function modeFor(channel: PaymentChannel, onThisPhone: boolean, inWechat = false): PayMode {
  if (!onThisPhone || !payableHere(channel, inWechat)) return 'QR'
  return inWechat ? 'JSAPI' : jumpMode(channel)
}

/** True when payUrl is a QR code's content (not an address to go to, nor WeixinJSBridge's parameters). */
export function showsQr(mode: PaymentOrderView['mode']): boolean {
  return !redirects(mode) && mode !== 'JSAPI'
}

/** True when the page goes to the order's payUrl instead of showing it as a QR code. */
export function redirects(mode: PaymentOrderView['mode']): boolean {
  return mode === 'H5' || mode === 'WAP'
}

/** The order the gateway sent the cardholder back with (?orderNo=), or null. */
export function returnedOrderNo(query: LocationQuery): string | null {
  const value = Array.isArray(query.orderNo) ? query.orderNo[0] : query.orderNo
  return typeof value === 'string' && /^[A-Za-z0-9]{1,32}$/.test(value) ? value : null
}
