// Following an order after it was opened: ask the server (which asks the gateway) every few seconds
// until the order is paid or closed, and give up after a bound so the page can offer "check again".
import type { PaymentOrderView } from '@/common/api/types'

export type OrderOutcome = 'waiting' | 'paid' | 'closed'
export type PollEnd = 'paid' | 'closed' | 'timeout' | 'cancelled'
/** What the page shows once an order is open; cancelled / failed: WeChat's in-place pay (JSAPI) said so. */
export type Phase = 'waiting' | 'paid' | 'closed' | 'timeout' | 'cancelled' | 'failed'

/** What an order's status means for the page; a refunded order was paid first. */
export function outcomeOf(status: PaymentOrderView['status']): OrderOutcome {
  if (status === 'PAID' || status === 'REFUNDED') return 'paid'
  if (status === 'CLOSED') return 'closed'
  return 'waiting'
}

export interface PollOptions {
  intervalMs: number
  /** Stop asking after this long (measured from the start) and report 'timeout'. */
  timeoutMs: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** True once the page is left: polling stops without a further request. */
  cancelled?: () => boolean
  /** Every answer (to show the latest order) and every failed request (kept polling). */
  onOrder?: (order: PaymentOrderView) => void
  onError?: (error: unknown) => void
}

export const POLL_DEFAULTS = { intervalMs: 2_000, timeoutMs: 120_000 }

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Polls until a final state, the bound or cancellation; a failed request does not end it early. */
export async function pollOrder(fetchOrder: () => Promise<PaymentOrderView>, options: PollOptions): Promise<PollEnd> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? realSleep
  const cancelled = options.cancelled ?? (() => false)
  const deadline = now() + options.timeoutMs
  for (;;) {
    if (cancelled()) return 'cancelled'
    try {
      const order = await fetchOrder()
      if (cancelled()) return 'cancelled'
      options.onOrder?.(order)
      const outcome = outcomeOf(order.status)
      if (outcome !== 'waiting') return outcome
    } catch (e) {
      if (cancelled()) return 'cancelled'
      options.onError?.(e)
    }
    if (now() + options.intervalMs > deadline) return 'timeout'
    await sleep(options.intervalMs)
  }
}
