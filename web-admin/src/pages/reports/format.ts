import type { ReportTally } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'
import type { ReportQuery } from './api'

/** The tally columns every consumption report shows, in order; fen ones print as yuan. */
export const TALLY_COLUMNS: readonly { key: keyof ReportTally; fen: boolean }[] = [
  { key: 'count', fen: false },
  { key: 'amountFen', fen: true },
  { key: 'cashFen', fen: true },
  { key: 'subsidyFen', fen: true },
  { key: 'payCodeFen', fen: true },
  { key: 'correctedFen', fen: true },
]

export function tallyCell(tally: ReportTally, key: keyof ReportTally): string {
  const column = TALLY_COLUMNS.find((c) => c.key === key)
  return column?.fen ? formatFen(tally[key]) : String(tally[key])
}

/** The totals row under a table: the label in the first column, blanks under the text columns, then the tally. */
export function totalsRow(label: string, textColumns: number, totals: ReportTally): string[] {
  return [label, ...Array<string>(textColumns - 1).fill(''), ...TALLY_COLUMNS.map((c) => tallyCell(totals, c.key))]
}

/** The most a report spans, as the server checks (7020): both ends included. */
export const MAX_DAYS = 366

/** Whether [from, to] is a range the server will take; dates are YYYY-MM-DD. */
export function rangeProblem(from: string, to: string): 'missing' | 'order' | 'tooLong' | null {
  if (!from || !to) return 'missing'
  const start = Date.parse(`${from}T00:00:00Z`)
  const end = Date.parse(`${to}T00:00:00Z`)
  if (Number.isNaN(start) || Number.isNaN(end)) return 'missing'
  if (end < start) return 'order'
  return (end - start) / 86_400_000 >= MAX_DAYS ? 'tooLong' : null
}

/**
 * The print view's address: the same query, so the printed report is the one on screen; a report's
 * own filters (meal statistics' grouping, a merchant...) go in `extra`, blanks left out.
 */
export function printPath(report: string, q: ReportQuery, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams({ from: q.from, to: q.to })
  for (const id of q.outletIds) params.append('outletId', String(id))
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && value !== '') params.set(name, String(value))
  return `reports/${report}/print?${params.toString()}`
}

/** One of the print view's own filters, or '' when it is not there. */
export function extraParam(params: Record<string, unknown>, name: string): string {
  const raw = params[name]
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === 'string' ? value : ''
}

/** Reads the query back from the print view's address; null when it is not a report query. */
export function queryFrom(params: Record<string, unknown>): ReportQuery | null {
  const from = typeof params.from === 'string' ? params.from : ''
  const to = typeof params.to === 'string' ? params.to : ''
  const raw = params.outletId
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  const outletIds = list.map((v) => Number(v))
  if (rangeProblem(from, to) || outletIds.some((n) => !Number.isSafeInteger(n) || n <= 0)) return null
  return { from, to, outletIds }
}

export function workbookName(title: string, q: ReportQuery): string {
  return `${title}-${q.from}-${q.to}.xlsx`
}
