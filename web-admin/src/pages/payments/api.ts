import { api, unwrap } from '@/common/api/client'
import type {
  NotificationOutcome,
  OrderStatus,
  PaymentChannel,
  PaymentNotificationPage,
  PaymentOrderPage,
  PaymentOrderView,
  PaymentRefundView,
  ReconciliationReport,
} from '@/common/api/types'

export const PAYMENTS_READ = 'payments:read'
export const PAYMENTS_REFUND = 'payments:refund'
export const PAYMENTS_PAGE_SIZE = 20

export interface OrderQuery {
  status?: OrderStatus
  channel?: PaymentChannel
  orderNo?: string
  /** the payer's employee number */
  employeeNo?: string
  /** YYYY-MM-DD, both ends included */
  from?: string
  to?: string
  page: number
}

export function listOrders(q: OrderQuery): Promise<PaymentOrderPage> {
  const query = {
    ...q,
    orderNo: q.orderNo?.trim() || undefined,
    employeeNo: q.employeeNo?.trim() || undefined,
    size: PAYMENTS_PAGE_SIZE,
  }
  return unwrap(api.GET('/api/payments/orders', { params: { query } }))
}

export function getOrder(orderNo: string): Promise<PaymentOrderView> {
  return unwrap(api.GET('/api/payments/orders/{orderNo}', { params: { path: { orderNo } } }))
}

export function listRefunds(orderNo: string): Promise<PaymentRefundView[]> {
  return unwrap(api.GET('/api/payments/orders/{orderNo}/refunds', { params: { path: { orderNo } } }))
}

/** Asks the gateway now; a payment it reports is credited once, as its notification would be. */
export function queryGateway(orderNo: string): Promise<PaymentOrderView> {
  return unwrap(api.POST('/api/payments/orders/{orderNo}/query', { params: { path: { orderNo } } }))
}

/** amountFen: positive whole fen; key: one per refund dialog, so a retry refunds once. */
export function refundOrder(orderNo: string, amountFen: number, reason: string | undefined, key: string): Promise<PaymentRefundView> {
  return unwrap(
    api.POST('/api/payments/orders/{orderNo}/refunds', {
      params: { path: { orderNo }, header: { 'Idempotency-Key': key } },
      body: { amountFen, reason },
    }),
  )
}

export interface NotificationQuery {
  channel?: PaymentChannel
  outcome?: NotificationOutcome
  orderNo?: string
  page: number
  size?: number
}

export function listNotifications(q: NotificationQuery): Promise<PaymentNotificationPage> {
  const query = { ...q, orderNo: q.orderNo?.trim() || undefined, size: q.size ?? PAYMENTS_PAGE_SIZE }
  return unwrap(api.GET('/api/payments/notifications', { params: { query } }))
}

export function reconcile(channel: PaymentChannel, date: string): Promise<ReconciliationReport> {
  return unwrap(api.GET('/api/payments/reconciliation', { params: { query: { channel, date } } }))
}
