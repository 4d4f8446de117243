import { api, unwrap } from '@/common/api/client'
import type {
  CashReportDay,
  RechargeOperatorCandidate,
  RechargeOperatorView,
  RechargePromotionRequest,
  RechargePromotionView,
  TerminalRechargeView,
} from '@/common/api/types'

// what each page asks of the operator (the server checks again)
export const OPERATORS_MANAGE = 'operator:manage'
export const CARDS_READ = 'cards:read'
export const CARDS_MANAGE = 'cards:manage'
export const LEDGER_READ = 'ledger:read'
export const SETTINGS_READ = 'settings:read'
export const SETTINGS_MANAGE = 'settings:manage'

export function listRechargeOperators(): Promise<RechargeOperatorView[]> {
  return unwrap(api.GET('/api/recharge-operators'))
}

/** Enabled operators without an authorisation card yet: whom a binding may name. */
export function listCandidates(): Promise<RechargeOperatorCandidate[]> {
  return unwrap(api.GET('/api/recharge-operators/candidates'))
}

/** Binds an OPERATOR card to the operator (5143 not such a card, 5148 either already bound). */
export function bindOperator(operatorId: number, cardId: number): Promise<RechargeOperatorView> {
  return unwrap(api.PUT('/api/recharge-operators/{operatorId}', { params: { path: { operatorId } }, body: { cardId } }))
}

/** Removes the binding: the card no longer signs the operator on. */
export function unbindOperator(operatorId: number): Promise<RechargeOperatorView> {
  return unwrap(api.DELETE('/api/recharge-operators/{operatorId}', { params: { path: { operatorId } } }))
}

/** Clears the wrong-PIN count (three in a row lock the card). */
export function unlockOperator(operatorId: number): Promise<RechargeOperatorView> {
  return unwrap(api.POST('/api/recharge-operators/{operatorId}/unlock', { params: { path: { operatorId } } }))
}

/** Card-write failures, newest first; open: the unrepaired only. */
export function listWriteFailures(open: boolean): Promise<TerminalRechargeView[]> {
  return unwrap(api.GET('/api/recharge-write-failures', { params: { query: { open } } }))
}

/** Marks a failure repaired (5146 when it is not open); no money moves. */
export function repairWriteFailure(id: number, note: string | undefined): Promise<TerminalRechargeView> {
  return unwrap(api.POST('/api/recharge-write-failures/{id}/repair', { params: { path: { id } }, body: { note } }))
}

/** Each recharge operator's cash on one accounting day (YYYY-MM-DD). */
export function cashReportDay(date: string): Promise<CashReportDay[]> {
  return unwrap(api.GET('/api/cash-reports/day', { params: { query: { date } } }))
}

/** Per operator and accounting day in [from, to], at most 366 days (1001 otherwise). */
export function cashReportHistory(from: string, to: string): Promise<CashReportDay[]> {
  return unwrap(api.GET('/api/cash-reports', { params: { query: { from, to } } }))
}

export function listPromotions(): Promise<RechargePromotionView[]> {
  return unwrap(api.GET('/api/recharge-promotions'))
}

/** 1001 invalid, 5147 overlaps an enabled rule on a shared channel. */
export function createPromotion(body: RechargePromotionRequest): Promise<RechargePromotionView> {
  return unwrap(api.POST('/api/recharge-promotions', { body }))
}

export function updatePromotion(id: number, body: RechargePromotionRequest): Promise<RechargePromotionView> {
  return unwrap(api.PUT('/api/recharge-promotions/{id}', { params: { path: { id } }, body }))
}

export async function deletePromotion(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/recharge-promotions/{id}', { params: { path: { id } } }))
}

/** The day's cash report as a workbook laid out like the paper report. */
export function cashReportDayWorkbook(date: string): Promise<Blob> {
  return unwrap(api.GET('/api/cash-reports/day.xlsx', { params: { query: { date } }, parseAs: 'blob' }))
}

export function cashReportHistoryWorkbook(from: string, to: string): Promise<Blob> {
  return unwrap(api.GET('/api/cash-reports.xlsx', { params: { query: { from, to } }, parseAs: 'blob' }))
}
