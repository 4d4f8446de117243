import { describe, expect, it } from 'vitest'
import type { CashReportDay, MealStatisticsView, OutletTakingsView, ReconciliationView, TerminalDailyView } from '@/common/api/types'
import { extraParam, printPath, queryFrom } from '@/pages/reports/format'
import { PRINTABLE } from '@/pages/reports/printable'
import { reconciliationRows, takingsCells } from '@/pages/reports/reconciliation-format'
import { cashSheet, mealSheet, pointsSheet, reconciliationSheet, terminalSheet } from '@/pages/reports/sheet'

const t = (key: string) => key
const heading = { organisation: 'OneCard 一卡通', outletLabel: '全部营业点', printedOn: '2026-11-22' }

function takings(purchaseFen: number, refundFen = 0): OutletTakingsView {
  return {
    purchases: 2, purchaseFen, corrections: 0, correctionFen: 0, refunds: refundFen ? 1 : 0, refundFen,
    voids: 0, voidFen: 0, otherFen: 0, netCount: 2, netFen: purchaseFen - refundFen,
  }
}

const reconciliation: ReconciliationView = {
  from: '2026-11-01', to: '2026-11-22', asOf: '2026-11-22T01:00:00Z', heading,
  lines: [
    { merchantId: 1, merchantName: '甲', outletId: 10, outletName: '甲一', takings: takings(1_000, 200) },
    { merchantId: 2, merchantName: '乙', outletId: 20, outletName: '乙一', takings: takings(5) },
    { merchantId: 1, merchantName: '甲', outletId: 11, outletName: '甲二', takings: takings(234) },
  ],
  merchants: [
    { merchantId: 1, merchantName: '甲', takings: takings(1_234, 200) },
    { merchantId: 2, merchantName: '乙', takings: takings(5) },
  ],
  totals: takings(1_239, 200),
}

describe('print sheets', () => {
  it('prints the points summary a line per day and outlet, the counter named, with the net issued', () => {
    const sheet = pointsSheet({
      rows: [
        { date: '2026-11-21', outletId: 10, outletName: '一食堂', earned: 120, earnedVoided: 20, spent: 0, spentVoided: 0 },
        { date: '2026-11-21', earned: 0, earnedVoided: 0, spent: 50, spentVoided: 10 },
      ],
      total: { earned: 120, earnedVoided: 20, spent: 50, spentVoided: 10 },
    }, { from: '2026-11-21', to: '2026-11-22' }, heading, t)
    expect(sheet.title).toBe('points.summaryTitle')
    expect([sheet.from, sheet.to]).toEqual(['2026-11-21', '2026-11-22'])
    expect(sheet.rows).toEqual([
      ['2026-11-21', '一食堂', '120', '20', '0', '0', '100'],
      ['2026-11-21', 'points.counter', '0', '0', '50', '10', '-40'],
    ])
    expect(sheet.totals).toEqual(['reports.total', '', '120', '20', '50', '10', '60'])
    expect(sheet.columns).toHaveLength(sheet.totals.length)
  })

  it('prints takings counts as numbers and fen as yuan, in the column order', () => {
    expect(takingsCells(takings(1_000, 200))).toEqual(['2', '10.00', '0', '0.00', '1', '2.00', '0', '0.00', '0.00', '2', '8.00'])
  })

  it('lists each merchant\'s outlets, then its subtotal, merchants in the server\'s order', () => {
    const rows = reconciliationRows(reconciliation, '小计')
    expect(rows.map((r) => [r.merchant, r.outlet, r.subtotal])).toEqual([
      ['甲', '甲一', false], ['甲', '甲二', false], ['甲', '小计', true], ['乙', '乙一', false], ['乙', '小计', true],
    ])
    const sheet = reconciliationSheet(reconciliation, t)
    expect(sheet.columns).toHaveLength(13)
    expect(sheet.rows).toHaveLength(5)
    expect(sheet.totals).toEqual(['reports.total', '', '2', '12.39', '0', '0.00', '1', '2.00', '0', '0.00', '0.00', '2', '10.39'])
    expect(sheet.totals).toHaveLength(sheet.columns.length)
  })

  it('lays out meal statistics with a column per meal and names payment-code sales', () => {
    const report: MealStatisticsView = {
      from: '2026-11-20', to: '2026-11-22', count: 3, amountFen: 1_580,
      totalsByMeal: [{ mealPeriodId: 1, mealName: '早餐', count: 2, amountFen: 580 }, { mealPeriodId: undefined, mealName: undefined, count: 1, amountFen: 1_000 }],
      lines: [
        { id: 7, code: 'E1', name: '甲', meals: [{ mealPeriodId: 1, mealName: '早餐', count: 2, amountFen: 580 }], count: 2, amountFen: 580 },
        { id: undefined, code: undefined, name: undefined, meals: [{ count: 1, amountFen: 1_000 }], count: 1, amountFen: 1_000 },
      ],
    }
    const sheet = mealSheet(report, true, heading, t)
    expect(sheet.title).toBe('reports.meals.personTitle')
    expect(sheet.columns.map((c) => c.label)).toEqual(['reports.meals.employeeNo', 'reports.meals.name', '早餐', 'reports.noMeal', 'reports.tally.count', 'reports.tally.amountFen'])
    expect(sheet.rows).toEqual([['E1', '甲', '2 / 5.80', '', '2', '5.80'], ['', 'reports.meals.payCode', '', '1 / 10.00', '1', '10.00']])
    expect(sheet.totals).toEqual(['reports.total', '', '2 / 5.80', '1 / 10.00', '3', '15.80'])
  })

  it('sums the terminal counts into the totals row and prints the net', () => {
    const report: TerminalDailyView = {
      from: '2026-11-22', to: '2026-11-22', debitFen: 1_050, creditFen: 150,
      lines: [
        { accountingDate: '2026-11-22', terminalCode: 'T1', machineNo: 3, purpose: 'CONSUMPTION', outletId: 1, debits: 2, debitFen: 1_000, credits: 1, creditFen: 150, netFen: 850 },
        { accountingDate: '2026-11-22', terminalCode: 'T2', machineNo: 4, purpose: 'CONSUMPTION', outletId: 1, debits: 1, debitFen: 50, credits: 0, creditFen: 0, netFen: 50 },
      ],
    }
    const sheet = terminalSheet(report, heading, t)
    expect(sheet.rows[0]).toEqual(['2026-11-22', '3', 'CONSUMPTION', '2', '10.00', '1', '1.50', '8.50'])
    expect(sheet.totals).toEqual(['reports.total', '', '', '3', '10.50', '1', '1.50', '9.00'])
  })

  it('puts the day first only in the cash history, and sums every column', () => {
    const day = (operatorName: string, rechargeFen: number): CashReportDay => ({
      operatorId: 1, operatorName, day: '2026-11-22', recharges: 1, rechargeFen, reversals: 0, reversedFen: 0, refunds: 0, refundFen: 0, bonusFen: 0, netCashFen: rechargeFen,
    })
    const rows = [day('甲', 10_000), day('乙', 550)]
    const oneDay = cashSheet(rows, false, '2026-11-22', '2026-11-22', heading, t)
    expect(oneDay.title).toBe('recharge.cashDayTitle')
    expect(oneDay.rows[0]).toEqual(['甲', '1', '100.00', '0', '0.00', '0', '0.00', '0.00', '100.00'])
    expect(oneDay.totals).toEqual(['recharge.total', '2', '105.50', '0', '0.00', '0', '0.00', '0.00', '105.50'])
    const history = cashSheet(rows, true, '2026-11-21', '2026-11-22', heading, t)
    expect(history.columns[0]?.key).toBe('day')
    expect(history.rows[1]?.slice(0, 3)).toEqual(['2026-11-22', '乙', '1'])
    expect(history.totals.slice(0, 3)).toEqual(['recharge.total', '', '2'])
  })

  it('carries a report\'s own filters to its print view, leaving blanks out', () => {
    const q = { from: '2026-11-01', to: '2026-11-22', outletIds: [3] }
    const path = printPath('merchant-reconciliation', q, { merchantId: 7, departmentCode: '', by: undefined })
    expect(path).toBe('reports/merchant-reconciliation/print?from=2026-11-01&to=2026-11-22&outletId=3&merchantId=7')
    const params = Object.fromEntries(new URLSearchParams(path.split('?')[1]))
    expect(queryFrom(params)).toEqual(q)
    expect(extraParam(params, 'merchantId')).toBe('7')
    expect(extraParam(params, 'by')).toBe('')
    expect(extraParam({ by: ['departments', 'people'] }, 'by')).toBe('departments')
  })

  it('has a print view for every report that prints', () => {
    expect(Object.keys(PRINTABLE).sort()).toEqual(['cash-reports', 'daily-consumption', 'daily-recharge', 'details', 'fuel-sales', 'meal-statistics', 'merchant-reconciliation', 'points-summary', 'shifts', 'terminal-daily'])
  })
})
