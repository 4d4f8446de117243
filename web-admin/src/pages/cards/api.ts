import { api, unwrap } from '@/common/api/client'
import type { CardKind, CardTerminalView, CardView, HistoryPage, IssueCardRequest, RefundWallet, SystemParameters } from '@/common/api/types'

export const CARDS_MANAGE = 'cards:manage'
export const MONEY_COUNTER = 'money:counter'
export const HISTORY_PAGE_SIZE = 20

/** The card a desk reader's serial (or a typed card number) belongs to. */
export function lookupCard(input: string): Promise<CardView> {
  return unwrap(api.GET('/api/cards/lookup', { params: { query: { input } } }))
}

export function getCard(id: number): Promise<CardView> {
  return unwrap(api.GET('/api/cards/{id}', { params: { path: { id } } }))
}

/** page is 0-based, newest first. */
export function cardHistory(id: number, page: number, size = HISTORY_PAGE_SIZE): Promise<HistoryPage> {
  return unwrap(api.GET('/api/cards/{id}/transactions', { params: { path: { id }, query: { page, size } } }))
}

export function getParameters(): Promise<SystemParameters> {
  return unwrap(api.GET('/api/parameters'))
}

export function issueCard(body: IssueCardRequest, key: string): Promise<CardView> {
  return unwrap(api.POST('/api/cards', { params: { header: { 'Idempotency-Key': key } }, body }))
}

export function rechargeCard(id: number, amountFen: number, key: string): Promise<CardView> {
  return unwrap(
    api.POST('/api/cards/{id}/recharge', { params: { path: { id }, header: { 'Idempotency-Key': key } }, body: { amountFen } }),
  )
}

export function refundCard(id: number, wallet: RefundWallet, amountFen: number, key: string): Promise<CardView> {
  return unwrap(
    api.POST('/api/cards/{id}/refund', { params: { path: { id }, header: { 'Idempotency-Key': key } }, body: { wallet, amountFen } }),
  )
}

export function reissueCard(id: number, serial: string, key: string): Promise<CardView> {
  return unwrap(
    api.POST('/api/cards/{id}/reissue', { params: { path: { id }, header: { 'Idempotency-Key': key } }, body: { serial } }),
  )
}

export function cancelCard(id: number, cardReturned: boolean, key: string): Promise<CardView> {
  return unwrap(
    api.POST('/api/cards/{id}/cancel', { params: { path: { id }, header: { 'Idempotency-Key': key } }, body: { cardReturned } }),
  )
}

export type StateAction = 'loss' | 'unloss' | 'freeze' | 'unfreeze'

/** Status changes that move no money, so they need no idempotency key. */
export function changeCardState(id: number, action: StateAction): Promise<CardView> {
  const params = { params: { path: { id } } }
  switch (action) {
    case 'loss':
      return unwrap(api.POST('/api/cards/{id}/loss', params))
    case 'unloss':
      return unwrap(api.POST('/api/cards/{id}/unloss', params))
    case 'freeze':
      return unwrap(api.POST('/api/cards/{id}/freeze', params))
    case 'unfreeze':
      return unwrap(api.POST('/api/cards/{id}/unfreeze', params))
  }
}

/** The card's kind (menu cards of terminals) and whether a cardholder PIN is set. */
export function cardTerminalAccess(id: number): Promise<CardTerminalView> {
  return unwrap(api.GET('/api/cards/{id}/terminal-access', { params: { path: { id } } }))
}

export function setCardKind(id: number, kind: CardKind): Promise<CardTerminalView> {
  return unwrap(api.PUT('/api/cards/{id}/kind', { params: { path: { id } }, body: { kind } }))
}

/** Six digits, asked at POS when the card type requires a PIN. */
export async function setCardPin(id: number, pin: string): Promise<void> {
  await unwrap(api.PUT('/api/cards/{id}/pin', { params: { path: { id } }, body: { pin } }))
}
