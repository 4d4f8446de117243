// The cardholder's recharge orders at WeChat Pay / Alipay (the server's /api/h5/payments/orders).
import { authed } from './http'
import { readJson } from './request'
import type { PaymentChannel, PaymentOrderView, PayMode } from './types'

const ORDERS = '/api/h5/payments/orders'

/**
 * Opens an order; the same key repeats the first answer (a retry), so a lost answer never opens two.
 * QR (the server's default) is left out of the request; H5 / WAP answer an address to go to.
 */
export async function createPaymentOrder(
  channel: PaymentChannel,
  amountFen: number,
  idempotencyKey: string,
  mode: PayMode = 'QR',
): Promise<PaymentOrderView> {
  const body = mode === 'QR' ? { channel, amountFen } : { channel, amountFen, mode }
  const res = await authed('POST', ORDERS, body, { 'Idempotency-Key': idempotencyKey })
  return readJson<PaymentOrderView>(res)
}

/** One of my orders; the server first asks the gateway (sync), so a missed notification still shows. */
export async function fetchPaymentOrder(orderNo: string): Promise<PaymentOrderView> {
  return readJson<PaymentOrderView>(await authed('GET', `${ORDERS}/${encodeURIComponent(orderNo)}?sync=true`))
}

/**
 * Gives one of my orders up (cancelled in WeChat's pay sheet, or the cardholder starts again): closed
 * at the gateway and on the server, so it no longer holds one of the few open orders allowed; one
 * paid meanwhile comes back PAID instead.
 */
export async function closePaymentOrder(orderNo: string): Promise<PaymentOrderView> {
  return readJson<PaymentOrderView>(await authed('POST', `${ORDERS}/${encodeURIComponent(orderNo)}/close`))
}
