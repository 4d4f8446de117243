import type {
  CashReportDay,
  DailyConsumptionView,
  DailyRechargeView,
  DetailKind,
  DetailsView,
  MealStatisticsView,
  PointsSummary,
  PointsTally,
  ReconciliationView,
  ReportHeading,
  ShiftReport,
  TerminalDailyView,
} from '@/common/api/types'
import { formatFen } from '@/common/utils/money'
import { netPoints } from '@/pages/points/rules'
import { cashTotals } from '@/pages/recharge/status'
import { DETAIL_COLUMNS, detailCells, signedYuan } from './details-format'
import { TALLY_COLUMNS, tallyCell, totalsRow } from './format'
import { mealColumns, mealRow } from './meal-format'
import { RECHARGE_COLUMNS, rechargeCells } from './recharge-format'
import { SHIFT_COLUMNS, shiftCells, shiftTotals } from './shift-format'
import { reconciliationRows, TAKINGS_KEYS, takingsCells } from './reconciliation-format'

type T = (key: string, named?: Record<string, unknown>) => string

/** A column of a printed report; numeric ones are right-aligned. */
export interface SheetColumn {
  key: string
  label: string
  numeric: boolean
}

/**
 * A report as the print view lays it out (DOMAIN §5): the heading, a title, the date range, the
 * table and its totals row. Every report that prints describes itself as one of these.
 */
export interface PrintSheet {
  title: string
  heading: ReportHeading
  from: string
  to: string
  columns: SheetColumn[]
  rows: string[][]
  /** whole rows between the table and the totals (e.g. one per kind), cell for cell like the totals */
  subtotals?: string[][]
  totals: string[]
  /** said above the table, e.g. that only the first rows are printed */
  note?: string
}

const text = (key: string, label: string): SheetColumn => ({ key, label, numeric: false })
const num = (key: string, label: string): SheetColumn => ({ key, label, numeric: true })

export function consumptionSheet(r: DailyConsumptionView, t: T): PrintSheet {
  return {
    title: t('reports.daily.printTitle'),
    heading: r.heading,
    from: r.from,
    to: r.to,
    columns: [text('day', t('reports.day')), text('outlet', t('reports.outlet')), text('meal', t('reports.meal')), ...TALLY_COLUMNS.map((c) => num(c.key, t(`reports.tally.${c.key}`)))],
    rows: r.lines.map((l) => [l.accountingDate, l.outletName, l.mealName ?? t('reports.noMeal'), ...TALLY_COLUMNS.map((c) => tallyCell(l.tally, c.key))]),
    totals: totalsRow(t('reports.total'), 3, r.totals),
  }
}

export function rechargeSheet(r: DailyRechargeView, t: T): PrintSheet {
  return {
    title: t('reports.recharge.title'),
    heading: r.heading,
    from: r.from,
    to: r.to,
    columns: [text('day', t('reports.day')), ...RECHARGE_COLUMNS.map((l) => num(l.replace('reports.', ''), t(l)))],
    rows: r.days.map((d) => [d.accountingDate ?? '', ...rechargeCells(d)]),
    totals: [t('reports.total'), ...rechargeCells(r.totals)],
  }
}

export function mealSheet(r: MealStatisticsView, byPerson: boolean, heading: ReportHeading, t: T): PrintSheet {
  const meals = mealColumns(r.totalsByMeal)
  return {
    title: t(byPerson ? 'reports.meals.personTitle' : 'reports.meals.departmentTitle'),
    heading,
    from: r.from,
    to: r.to,
    columns: [
      text('code', t(byPerson ? 'reports.meals.employeeNo' : 'reports.meals.code')),
      text('name', t('reports.meals.name')),
      ...meals.map((m) => num(`meal-${m.id}`, m.name ?? t('reports.noMeal'))),
      num('count', t('reports.tally.count')),
      num('amountFen', t('reports.tally.amountFen')),
    ],
    rows: r.lines.map((l) => {
      const row = mealRow(l, meals)
      return l.id == null ? [row[0] ?? '', t('reports.meals.payCode'), ...row.slice(2)] : row
    }),
    totals: [t('reports.total'), ...mealRow({ code: '', name: '', meals: r.totalsByMeal, count: r.count, amountFen: r.amountFen }, meals).slice(1)],
  }
}

export function terminalSheet(r: TerminalDailyView, heading: ReportHeading, t: T): PrintSheet {
  const keys = ['debits', 'debitFen', 'credits', 'creditFen', 'netFen'] as const
  const debits = r.lines.reduce((n, l) => n + l.debits, 0)
  const credits = r.lines.reduce((n, l) => n + l.credits, 0)
  return {
    title: t('reports.terminals.title'),
    heading,
    from: r.from,
    to: r.to,
    columns: [text('day', t('reports.day')), text('machineNo', t('reports.terminals.machineNo')), text('purpose', t('reports.terminals.purpose')), ...keys.map((k) => num(k, t(`reports.terminals.${k}`)))],
    rows: r.lines.map((l) => [l.accountingDate, String(l.machineNo), l.purpose, ...keys.map((k) => (k.endsWith('Fen') ? formatFen(l[k]) : String(l[k])))]),
    totals: [t('reports.total'), '', '', String(debits), formatFen(r.debitFen), String(credits), formatFen(r.creditFen), formatFen(r.debitFen - r.creditFen)],
  }
}

/** The points summary by day and outlet (the counter for points spent there), with the net issued. */
export function pointsSheet(r: PointsSummary, q: { from: string; to: string }, heading: ReportHeading, t: T): PrintSheet {
  const keys = ['earned', 'earnedVoided', 'spent', 'spentVoided'] as const
  const cells = (p: PointsTally = {}) => [...keys.map((k) => String(p[k] ?? 0)), String(netPoints(p))]
  return {
    title: t('points.summaryTitle'),
    heading,
    from: q.from,
    to: q.to,
    columns: [text('day', t('points.date')), text('outlet', t('points.outlet')), ...keys.map((k) => num(k, t(`points.${k}`))), num('net', t('points.net'))],
    rows: (r.rows ?? []).map((p) => [p.date ?? '', p.outletName ?? t('points.counter'), ...cells(p)]),
    totals: [t('reports.total'), '', ...cells(r.total)],
  }
}

export function reconciliationSheet(r: ReconciliationView, t: T): PrintSheet {
  return {
    title: t('reports.merchants.title'),
    heading: r.heading,
    from: r.from,
    to: r.to,
    columns: [text('merchant', t('reports.merchants.merchant')), text('outlet', t('reports.outlet')), ...TAKINGS_KEYS.map((k) => num(k, t(`reports.takings.${k}`)))],
    rows: reconciliationRows(r, t('reports.merchants.subtotal')).map((row) => [row.merchant, row.outlet, ...takingsCells(row.takings)]),
    totals: [t('reports.total'), '', ...takingsCells(r.totals)],
  }
}

export const CASH_COLUMNS = ['recharges', 'rechargeFen', 'reversals', 'reversedFen', 'refunds', 'refundFen', 'bonusFen', 'netCashFen'] as const

/** The operators' cash report: one day per operator, or a history per day and operator. */
export function cashSheet(rows: CashReportDay[], history: boolean, from: string, to: string, heading: ReportHeading, t: T): PrintSheet {
  const cell = (k: (typeof CASH_COLUMNS)[number], v: number) => (k.endsWith('Fen') ? formatFen(v) : String(v))
  const sums = cashTotals(rows)
  const lead = history ? [text('day', t('recharge.day'))] : []
  return {
    title: t(history ? 'recharge.cashHistoryTitle' : 'recharge.cashDayTitle'),
    heading,
    from,
    to,
    columns: [...lead, text('operator', t('recharge.operatorName')), ...CASH_COLUMNS.map((k) => num(k, t(`recharge.cash.${k}`)))],
    rows: rows.map((r) => [...(history ? [r.day] : []), r.operatorName ?? `#${r.operatorId}`, ...CASH_COLUMNS.map((k) => cell(k, r[k]))]),
    totals: [t('recharge.total'), ...(history ? [''] : []), ...CASH_COLUMNS.map((k) => cell(k, sums[k]))],
  }
}

/** The details report: the rows printed (at most PRINT_LIMIT), a line per kind and the totals of the whole range. */
export function detailsSheet(r: DetailsView, t: T): PrintSheet {
  const kindTitle = (k: DetailKind) => t(`reports.details.kind.${k}`)
  const amountAt = DETAIL_COLUMNS.findIndex((c) => c.key === 'amount')
  const line = (label: string, fen: number) => DETAIL_COLUMNS.map((_, j) => (j === 0 ? label : j === amountAt ? signedYuan(fen) : ''))
  return {
    title: t('reports.details.printTitle'),
    heading: r.heading,
    from: r.from,
    to: r.to,
    columns: DETAIL_COLUMNS.map((c) => ({ key: c.key, label: t(`reports.details.col.${c.key}`), numeric: c.num })),
    rows: r.rows.map((row) => detailCells(row, kindTitle)),
    subtotals: r.totalsByKind.map((k) => line(t('reports.details.kindLine', { kind: kindTitle(k.kind), count: k.count }), k.amountFen)),
    totals: line(t('reports.details.totalLine', { count: r.count }), r.amountFen),
    note: r.count > r.rows.length ? t('reports.details.printedPart', { shown: r.rows.length, count: r.count }) : undefined,
  }
}

/** The shift report of one station: a line per shift and nozzle, the totals of what closed shifts dispensed. */
export function shiftSheet(r: ShiftReport, heading: ReportHeading, t: T): PrintSheet {
  return {
    title: t('reports.shifts.title'),
    heading,
    from: r.from,
    to: r.to,
    columns: SHIFT_COLUMNS.map((c) => ({ key: c.key, label: t(`reports.shifts.col.${c.key}`), numeric: c.numeric })),
    rows: r.lines.map((l) => shiftCells(l, t)),
    totals: shiftTotals(r, t('reports.total')),
  }
}
