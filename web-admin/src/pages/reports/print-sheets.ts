import type { DailyConsumptionView, DetailKind, DetailsView } from '@/common/api/types'
import { dailyConsumption, details } from './api'
import { DETAIL_COLUMNS, detailCells, detailsQueryFrom, PRINT_LIMIT, signedYuan } from './details-format'
import { queryFrom, TALLY_COLUMNS, tallyCell } from './format'

/** A line under the table: its label over the first {@code span} columns, then one cell per remaining column. */
export interface PrintTotals {
  label: string
  span: number
  cells: string[]
}

/** A report as the print view lays it out (DOMAIN §5): heading, table, totals, signatures and print date. */
export interface PrintSheet {
  organisation: string
  title: string
  outletLabel: string
  from: string
  to: string
  printedOn: string
  columns: { key: string; label: string; num: boolean }[]
  rows: string[][]
  /** lines before the totals (e.g. per kind) */
  subtotals: PrintTotals[]
  totals: PrintTotals
  /** said above the table, e.g. that only the first rows are printed */
  note?: string
}

type Translate = (key: string, named?: Record<string, unknown>) => string

export function dailyConsumptionSheet(r: DailyConsumptionView, t: Translate): PrintSheet {
  return {
    ...heading(r),
    title: t('reports.daily.printTitle'),
    columns: [
      { key: 'day', label: t('reports.day'), num: false },
      { key: 'outlet', label: t('reports.outlet'), num: false },
      { key: 'meal', label: t('reports.meal'), num: false },
      ...TALLY_COLUMNS.map((c) => ({ key: c.key, label: t(`reports.tally.${c.key}`), num: true })),
    ],
    rows: r.lines.map((l) => [l.accountingDate, l.outletName, l.mealName ?? t('reports.noMeal'), ...TALLY_COLUMNS.map((c) => tallyCell(l.tally, c.key))]),
    subtotals: [],
    totals: { label: t('reports.total'), span: 3, cells: TALLY_COLUMNS.map((c) => tallyCell(r.totals, c.key)) },
  }
}

/** The details report: the rows printed (at most PRINT_LIMIT), a line per kind and the totals of the whole range. */
export function detailsSheet(r: DetailsView, t: Translate): PrintSheet {
  const kindTitle = (k: DetailKind) => t(`reports.details.kind.${k}`)
  const amountAt = DETAIL_COLUMNS.findIndex((c) => c.key === 'amount')
  const line = (label: string, fen: number): PrintTotals => ({ label, span: amountAt, cells: [signedYuan(fen), '', ''] })
  return {
    ...heading(r),
    title: t('reports.details.printTitle'),
    columns: DETAIL_COLUMNS.map((c) => ({ ...c, label: t(`reports.details.col.${c.key}`) })),
    rows: r.rows.map((row) => detailCells(row, kindTitle)),
    subtotals: r.totalsByKind.map((k) => line(t('reports.details.kindLine', { kind: kindTitle(k.kind), count: k.count }), k.amountFen)),
    totals: line(t('reports.details.totalLine', { count: r.count }), r.amountFen),
    note: r.count > r.rows.length ? t('reports.details.printedPart', { shown: r.rows.length, count: r.count }) : undefined,
  }
}

function heading(r: { from: string; to: string; heading: { organisation: string; outletLabel: string; printedOn: string } }) {
  return { organisation: r.heading.organisation, outletLabel: r.heading.outletLabel, printedOn: r.heading.printedOn, from: r.from, to: r.to }
}

/** The sheet of the print view's report and address; null when the address is not a query of that report. */
export async function loadPrintSheet(report: string, params: Record<string, unknown>, t: Translate): Promise<PrintSheet | null> {
  if (report === 'details') {
    const q = detailsQueryFrom(params)
    return q ? detailsSheet(await details(q, 0, PRINT_LIMIT), t) : null
  }
  const q = queryFrom(params)
  return q ? dailyConsumptionSheet(await dailyConsumption(q), t) : null
}
