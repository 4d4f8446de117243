import { api, unwrap } from '@/common/api/client'
import type { DailyConsumptionView, DailyRechargeView, DetailsView, MealStatisticsView, OutletView, TerminalDailyView } from '@/common/api/types'
import { detailsParams, type DetailsQuery } from './details-format'

// who may read the reports (the server checks again, and limits outlets to the operator's scope)
export const LEDGER_READ = 'ledger:read'
export const MERCHANT_READ = 'merchant:read'

export interface ReportQuery {
  from: string
  to: string
  /** none: every outlet the operator covers */
  outletIds: number[]
}

function query(q: ReportQuery) {
  return { from: q.from, to: q.to, outletId: q.outletIds.length ? q.outletIds : undefined }
}

export function dailyConsumption(q: ReportQuery): Promise<DailyConsumptionView> {
  return unwrap(api.GET('/api/reports/daily-consumption', { params: { query: query(q) } }))
}

/** The workbook, fetched with the operator's token (a plain link could not send it). */
export function dailyConsumptionWorkbook(q: ReportQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/daily-consumption.xlsx', { params: { query: query(q) }, parseAs: 'blob' }))
}

/** The outlets to filter by: the first 200 in the operator's scope. */
export async function reportOutlets(): Promise<OutletView[]> {
  const page = await unwrap(api.GET('/api/outlets', { params: { query: { page: 0, size: 200 } } }))
  return page.items
}

export function dailyRecharge(q: ReportQuery): Promise<DailyRechargeView> {
  return unwrap(api.GET('/api/reports/daily-recharge', { params: { query: { from: q.from, to: q.to } } }))
}

export function dailyRechargeWorkbook(q: ReportQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/daily-recharge.xlsx', { params: { query: { from: q.from, to: q.to } }, parseAs: 'blob' }))
}

export type MealStatisticsBy = 'people' | 'departments'

export function mealStatistics(by: MealStatisticsBy, q: ReportQuery, departmentCode: string): Promise<MealStatisticsView> {
  const query = { from: q.from, to: q.to, departmentCode: departmentCode.trim() || undefined }
  return by === 'people'
    ? unwrap(api.GET('/api/reports/meal-statistics/people', { params: { query } }))
    : unwrap(api.GET('/api/reports/meal-statistics/departments', { params: { query } }))
}

export function terminalDaily(q: ReportQuery): Promise<TerminalDailyView> {
  return unwrap(api.GET('/api/reports/terminal-daily', { params: { query: query(q) } }))
}

/** One page of the details report, with totals over the whole filtered range. */
export function details(q: DetailsQuery, offset: number, limit: number): Promise<DetailsView> {
  return unwrap(api.GET('/api/reports/details', { params: { query: { ...detailsParams(q), offset, limit } } }))
}

/** Every row of the details report as a workbook (the server streams it). */
export function detailsWorkbook(q: DetailsQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/details.xlsx', { params: { query: detailsParams(q) }, parseAs: 'blob' }))
}
