import { api, unwrap } from '@/common/api/client'
import type {
  DailyConsumptionView,
  DailyRechargeView,
  DetailsView,
  MealStatisticsView,
  MerchantView,
  OutletView,
  ReconciliationView,
  ReportHeading,
  ReportOperator,
  ShiftReport,
  TerminalDailyView,
} from '@/common/api/types'
import { detailsParams, type DetailsQuery } from './details-format'

export type { ReportOperator }

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

/** Every operator, disabled ones too: the choices of the operator filter. */
export function reportOperators(): Promise<ReportOperator[]> {
  return unwrap(api.GET('/api/reports/operators'))
}

export function dailyRecharge(q: ReportQuery): Promise<DailyRechargeView> {
  return unwrap(api.GET('/api/reports/daily-recharge', { params: { query: { from: q.from, to: q.to } } }))
}

export function dailyRechargeWorkbook(q: ReportQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/daily-recharge.xlsx', { params: { query: { from: q.from, to: q.to } }, parseAs: 'blob' }))
}

export type MealStatisticsBy = 'people' | 'departments'

function mealQuery(q: ReportQuery, departmentCode: string) {
  return { from: q.from, to: q.to, departmentCode: departmentCode.trim() || undefined }
}

export function mealStatistics(by: MealStatisticsBy, q: ReportQuery, departmentCode: string): Promise<MealStatisticsView> {
  const query = mealQuery(q, departmentCode)
  return by === 'people'
    ? unwrap(api.GET('/api/reports/meal-statistics/people', { params: { query } }))
    : unwrap(api.GET('/api/reports/meal-statistics/departments', { params: { query } }))
}

export function mealStatisticsWorkbook(by: MealStatisticsBy, q: ReportQuery, departmentCode: string): Promise<Blob> {
  const query = mealQuery(q, departmentCode)
  return by === 'people'
    ? unwrap(api.GET('/api/reports/meal-statistics/people.xlsx', { params: { query }, parseAs: 'blob' }))
    : unwrap(api.GET('/api/reports/meal-statistics/departments.xlsx', { params: { query }, parseAs: 'blob' }))
}

export function terminalDaily(q: ReportQuery): Promise<TerminalDailyView> {
  return unwrap(api.GET('/api/reports/terminal-daily', { params: { query: query(q) } }))
}

export function terminalDailyWorkbook(q: ReportQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/terminal-daily.xlsx', { params: { query: query(q) }, parseAs: 'blob' }))
}

/** The reconciliation also takes a merchant: its outlets only (the outlets asked must be its own). */
export interface ReconciliationQuery extends ReportQuery {
  merchantId?: number
}

function reconciliationQuery(q: ReconciliationQuery) {
  return { ...query(q), merchantId: q.merchantId }
}

export function merchantReconciliation(q: ReconciliationQuery): Promise<ReconciliationView> {
  return unwrap(api.GET('/api/reports/merchant-reconciliation', { params: { query: reconciliationQuery(q) } }))
}

export function merchantReconciliationWorkbook(q: ReconciliationQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/merchant-reconciliation.xlsx', { params: { query: reconciliationQuery(q) }, parseAs: 'blob' }))
}

/** The first 200 merchants, for the reconciliation's filter. */
export async function reportMerchants(): Promise<MerchantView[]> {
  const page = await unwrap(api.GET('/api/merchants', { params: { query: { page: 0, size: 200 } } }))
  return page.items
}

/** The heading of a printed report whose answer carries none. */
export function reportHeading(outletIds: number[]): Promise<ReportHeading> {
  return unwrap(api.GET('/api/reports/heading', { params: { query: { outletId: outletIds.length ? outletIds : undefined } } }))
}

/** One page of the details report, with totals over the whole filtered range. */
export function details(q: DetailsQuery, offset: number, limit: number): Promise<DetailsView> {
  return unwrap(api.GET('/api/reports/details', { params: { query: { ...detailsParams(q), offset, limit } } }))
}

/** Every row of the details report as a workbook (the server streams it). */
export function detailsWorkbook(q: DetailsQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/details.xlsx', { params: { query: detailsParams(q) }, parseAs: 'blob' }))
}

/** The shift report is of one station: the first outlet asked. */
function shiftQuery(q: ReportQuery) {
  return { from: q.from, to: q.to, outletId: q.outletIds[0] ?? 0 }
}

export function shiftReport(q: ReportQuery): Promise<ShiftReport> {
  return unwrap(api.GET('/api/reports/shifts', { params: { query: shiftQuery(q) } }))
}

export function shiftReportWorkbook(q: ReportQuery): Promise<Blob> {
  return unwrap(api.GET('/api/reports/shifts.xlsx', { params: { query: shiftQuery(q) }, parseAs: 'blob' }))
}
