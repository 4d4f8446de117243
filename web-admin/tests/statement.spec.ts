import { describe, expect, it } from 'vitest'
import type { AccountingPeriodView, StatementColumnView, StatementFigures } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import {
  columnTitle, defaultMonth, monthOf, periodRows, previousMonth, unbalanced, visibleColumns,
} from '@/pages/statement/logic'

const figures = (amounts: Record<string, number>, differenceFen = 0): StatementFigures => ({
  openingFen: 0, amounts, incomeFen: 0, expenseFen: 0, closingFen: 0, storedClosingFen: differenceFen, differenceFen,
})
const column = (key: string, side: 'INCOME' | 'EXPENSE'): StatementColumnView => ({ key, side, titleZh: `中${key}`, titleEn: `en ${key}` })

describe('statement months', () => {
  it('spells months YYYY-MM and steps back over the year', () => {
    expect(monthOf(new Date(2026, 0, 31))).toBe('2026-01')
    expect(previousMonth('2026-01')).toBe('2025-12')
    expect(previousMonth('2026-10')).toBe('2026-09')
    expect(defaultMonth(new Date(2026, 10, 21))).toBe('2026-10')
  })
})

describe('statement figures', () => {
  it('flags a line unbalanced only when the difference is not 0', () => {
    expect(unbalanced(figures({}))).toBe(false)
    expect(unbalanced(figures({}, -7))).toBe(true)
    expect(unbalanced(figures({}, 1))).toBe(true)
  })

  it('hides empty columns unless all are asked for, keeping the order', () => {
    const columns = [column('RECHARGE_CASH_IN', 'INCOME'), column('SUBSIDY_IN', 'INCOME'), column('CONSUMPTION_OUT', 'EXPENSE')]
    const totals = figures({ RECHARGE_CASH_IN: 100, SUBSIDY_IN: 0, CONSUMPTION_OUT: -5 })
    expect(visibleColumns(columns, totals, false).map((c) => c.key)).toEqual(['RECHARGE_CASH_IN', 'CONSUMPTION_OUT'])
    expect(visibleColumns(columns, totals, true)).toHaveLength(3)
    expect(columnTitle(columns[0]!, 'zh-CN')).toBe('中RECHARGE_CASH_IN')
    expect(columnTitle(columns[0]!, 'en-US')).toBe('en RECHARGE_CASH_IN')
  })
})

describe('period rows', () => {
  const closed = (month: string): AccountingPeriodView => ({ month, status: 'CLOSED' })
  const reopened = (month: string): AccountingPeriodView => ({ month, status: 'OPEN', reopenReason: 'late' })

  it('lists recent months newest first; the current month cannot close; only the latest closed reopens', () => {
    const rows = periodRows([closed('2026-08'), closed('2026-09'), reopened('2026-10')], new Date(2026, 10, 21), 4)
    expect(rows.map((r) => r.month)).toEqual(['2026-11', '2026-10', '2026-09', '2026-08'])
    expect(rows.map((r) => [r.status, r.canClose, r.canReopen])).toEqual([
      ['OPEN', false, false],
      ['OPEN', true, false],
      ['CLOSED', false, true],
      ['CLOSED', false, false],
    ])
    expect(rows[1]!.period?.reopenReason).toBe('late')
  })

  it('keeps a month closed long ago in the list', () => {
    const rows = periodRows([closed('2020-01')], new Date(2026, 10, 21), 2)
    expect(rows.map((r) => r.month)).toEqual(['2026-11', '2026-10', '2020-01'])
    expect(rows[2]!.canReopen).toBe(true)
  })
})

describe('statement strings', () => {
  it.each(['zh-CN', 'en-US'] as const)('has every statement label in %s', (locale) => {
    const { te } = createAppI18n(locale).global
    for (const key of ['menu.statement', 'menu.periods', 'statement.title', 'statement.difference', 'statement.unbalanced',
      'statement.periodsTitle', 'statement.close', 'statement.reopen', 'statement.reason', 'statement.total']) {
      expect(te(key), key).toBe(true)
    }
  })
})
