// The statement's filters as the page keeps them, and the query string the server reads.
import type { HistoryKind } from '@/common/api/types'

export const HISTORY_KINDS: HistoryKind[] = ['CONSUMPTION', 'RECHARGE', 'SUBSIDY', 'REFUND', 'OTHER']
export const WALLETS = ['CASH_WALLET', 'SUBSIDY_WALLET'] as const
export type Wallet = (typeof WALLETS)[number]
export const PAGE_SIZE = 20

export interface HistoryFilter {
  /** yyyy-MM-dd or '' for open */
  from: string
  to: string
  kind: HistoryKind | ''
  wallet: Wallet | ''
}

export const NO_FILTER: HistoryFilter = { from: '', to: '', kind: '', wallet: '' }

/** Days in the wrong order are caught here, as the server would refuse them (1001 on `from`). */
export function rangeIsValid(filter: HistoryFilter): boolean {
  return filter.from === '' || filter.to === '' || filter.from <= filter.to
}

/** `?kind=RECHARGE&page=0&size=20`: only the filters that are set, always the page. */
export function historyQuery(filter: HistoryFilter, page: number, size = PAGE_SIZE): string {
  const params = new URLSearchParams()
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  if (filter.kind) params.set('kind', filter.kind)
  if (filter.wallet) params.set('wallet', filter.wallet)
  params.set('page', String(page))
  params.set('size', String(size))
  return `?${params.toString()}`
}

/** Whether another page follows the ones loaded. */
export function hasMore(loaded: number, total: number): boolean {
  return loaded < total
}
