import type { AccountingPeriodView, StatementColumnView, StatementFigures } from '@/common/api/types'

/** YYYY-MM of a local date. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`
}

/** The month before YYYY-MM. */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`
}

/** What the page opens with: the last month that has ended. */
export function defaultMonth(today: Date): string {
  return previousMonth(monthOf(today))
}

/** A statement line (or the totals) that does not balance: the difference column is not 0. */
export function unbalanced(figures: StatementFigures): boolean {
  return figures.differenceFen !== 0
}

/**
 * The columns to show, income before expense in the server's order: the ones with an amount in the
 * totals, plus any the operator asked to see in full; an empty column would only widen the table.
 */
export function visibleColumns(columns: StatementColumnView[], totals: StatementFigures, all: boolean): StatementColumnView[] {
  return columns.filter((c) => all || (totals.amounts[c.key] ?? 0) !== 0)
}

/** A column's title in the operator's language. */
export function columnTitle(column: StatementColumnView, locale: string): string {
  return locale.startsWith('zh') ? column.titleZh : column.titleEn
}

export interface PeriodRow {
  month: string
  status: 'OPEN' | 'CLOSED'
  period?: AccountingPeriodView
  /** closing is offered only when the month has ended and is open */
  canClose: boolean
  /** reopening is offered only for the latest closed month */
  canReopen: boolean
}

/**
 * The months to list, newest first: every month from {@code count - 1} months before the current one
 * (which has not ended and cannot close) and every month ever closed, with what the server would allow.
 */
export function periodRows(periods: AccountingPeriodView[], today: Date, count = 12): PeriodRow[] {
  const current = monthOf(today)
  const byMonth = new Map(periods.map((p) => [p.month, p]))
  const months = new Set<string>(periods.map((p) => p.month))
  let m = current
  for (let i = 0; i < count; i++) {
    months.add(m)
    m = previousMonth(m)
  }
  const latestClosed = periods.filter((p) => p.status === 'CLOSED').map((p) => p.month).sort().at(-1)
  return [...months].sort().reverse().map((month) => {
    const period = byMonth.get(month)
    const status = period?.status ?? 'OPEN'
    return {
      month,
      status,
      period,
      canClose: status === 'OPEN' && month < current,
      canReopen: status === 'CLOSED' && month === latestClosed,
    }
  })
}
