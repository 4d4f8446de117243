import { pointsSummary } from '@/pages/points/api'
import { cashReportDay, cashReportHistory } from '@/pages/recharge/api'
import { FUEL_GROUPS, type FuelGroup, fuelSales } from '@/pages/fuel/api'
import { fuelSalesSheet } from '@/pages/fuel/format'
import {
  dailyConsumption,
  dailyRecharge,
  details,
  mealStatistics,
  merchantReconciliation,
  reportHeading,
  shiftReport,
  terminalDaily,
  type ReportQuery,
} from './api'
import { detailsQueryFrom, PRINT_LIMIT } from './details-format'
import { extraParam } from './format'
import { cashSheet, consumptionSheet, detailsSheet, mealSheet, pointsSheet, rechargeSheet, reconciliationSheet, shiftSheet, terminalSheet, type PrintSheet } from './sheet'

type T = (key: string, named?: Record<string, unknown>) => string
type Params = Record<string, unknown>

/** How a report prints: its answer to the print view's query, laid out as a {@link PrintSheet}. */
export type PrintLoader = (q: ReportQuery, params: Params, t: T) => Promise<PrintSheet>

/** Every report with a print view, by the name in its address (reports/<name>/print). */
export const PRINTABLE: Readonly<Record<string, PrintLoader>> = {
  'daily-consumption': async (q, _p, t) => consumptionSheet(await dailyConsumption(q), t),
  'daily-recharge': async (q, _p, t) => rechargeSheet(await dailyRecharge(q), t),
  details: async (_q, p, t) => {
    const q = detailsQueryFrom(p)
    if (!q) throw new Error('not a details query')
    return detailsSheet(await details(q, 0, PRINT_LIMIT), t)
  },
  'meal-statistics': async (q, p, t) => {
    const byPerson = extraParam(p, 'by') !== 'departments'
    const [report, heading] = await Promise.all([mealStatistics(byPerson ? 'people' : 'departments', q, extraParam(p, 'departmentCode')), reportHeading([])])
    return mealSheet(report, byPerson, heading, t)
  },
  'terminal-daily': async (q, _p, t) => {
    const [report, heading] = await Promise.all([terminalDaily(q), reportHeading(q.outletIds)])
    return terminalSheet(report, heading, t)
  },
  shifts: async (q, _p, t) => {
    const [report, heading] = await Promise.all([shiftReport(q), reportHeading(q.outletIds)])
    return shiftSheet(report, heading, t)
  },
  'merchant-reconciliation': async (q, p, t) => {
    const merchant = Number(extraParam(p, 'merchantId'))
    return reconciliationSheet(await merchantReconciliation({ ...q, merchantId: merchant > 0 ? merchant : undefined }), t)
  },
  'points-summary': async (q, _p, t) => {
    const [report, heading] = await Promise.all([pointsSummary(q.from, q.to), reportHeading([])])
    return pointsSheet(report, q, heading, t)
  },
  'cash-reports': async (q, p, t) => {
    const history = extraParam(p, 'mode') === 'history'
    const [rows, heading] = await Promise.all([history ? cashReportHistory(q.from, q.to) : cashReportDay(q.from), reportHeading([])])
    return cashSheet(rows, history, q.from, history ? q.to : q.from, heading, t)
  },
  'fuel-sales': async (q, p, t) => {
    const asked = extraParam(p, 'groupBy')
    const groupBy: FuelGroup = (FUEL_GROUPS as readonly string[]).includes(asked) ? (asked as FuelGroup) : 'CARD_MODE'
    const [report, heading] = await Promise.all([fuelSales(q, groupBy), reportHeading(q.outletIds)])
    return fuelSalesSheet(report, heading, t)
  },
}
