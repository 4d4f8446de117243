import { api, unwrap } from '@/common/api/client'
import type { AccountingPeriodView, PeriodCloseView, StatementPageView } from '@/common/api/types'

// what each page asks of the operator (the server checks again)
export const LEDGER_READ = 'ledger:read'
export const PERIODS_CLOSE = 'periods:close'
export const PERIODS_REOPEN = 'periods:reopen'

export interface StatementQuery {
  month: string
  page: number
  size: number
  personId?: number
  departmentId?: number
}

/** One page of the monthly statement with the totals over everyone in scope (7002: month not YYYY-MM). */
export function monthlyStatement(query: StatementQuery): Promise<StatementPageView> {
  return unwrap(api.GET('/api/reports/monthly-statement', { params: { query } }))
}

/** Months closed at least once, newest first. */
export function listPeriods(): Promise<AccountingPeriodView[]> {
  return unwrap(api.GET('/api/reports/periods'))
}

/** Closes an ended month (7003 closed already, 7005 previous month open, 7006 not ended, 7007 unbalanced). */
export function closePeriod(month: string): Promise<PeriodCloseView> {
  return unwrap(api.POST('/api/reports/periods/{month}/close', { params: { path: { month } } }))
}

/** Reopens the latest closed month for a reason (7004 not closed, 7008 a later month is closed). */
export async function reopenPeriod(month: string, reason: string): Promise<void> {
  await unwrap(api.POST('/api/reports/periods/{month}/reopen', { params: { path: { month } }, body: { reason } }))
}
