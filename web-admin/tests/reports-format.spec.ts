import { describe, expect, it } from 'vitest'
import type { ReportTally } from '@/common/api/types'
import { printPath, queryFrom, rangeProblem, tallyCell, totalsRow, workbookName } from '@/pages/reports/format'

const tally: ReportTally = {
  count: 3, amountFen: 1201, cashFen: 1151, subsidyFen: 50, payCodeFen: 0, corrections: 1, correctedFen: -150,
}

describe('report formatting', () => {
  it('prints counts as numbers and fen as yuan, corrections with their sign', () => {
    expect(tallyCell(tally, 'count')).toBe('3')
    expect(tallyCell(tally, 'amountFen')).toBe('12.01')
    expect(tallyCell(tally, 'subsidyFen')).toBe('0.50')
    expect(tallyCell(tally, 'correctedFen')).toBe('-1.50')
  })

  it('puts the totals label first, blanks under the other text columns, then the tally columns in order', () => {
    expect(totalsRow('合计', 3, tally)).toEqual(['合计', '', '', '3', '12.01', '11.51', '0.50', '0.00', '-1.50'])
  })

  it('takes a range of at most 366 days, both ends included', () => {
    expect(rangeProblem('2026-01-01', '2026-12-31')).toBeNull()
    expect(rangeProblem('2024-01-01', '2024-12-31')).toBeNull() // 366 days in a leap year
    expect(rangeProblem('2025-01-01', '2026-01-02')).toBe('tooLong')
    expect(rangeProblem('2026-03-02', '2026-03-01')).toBe('order')
    expect(rangeProblem('', '2026-03-01')).toBe('missing')
    expect(rangeProblem('yesterday', '2026-03-01')).toBe('missing')
  })

  it('carries the query to the print view and reads it back unchanged', () => {
    const q = { from: '2026-11-01', to: '2026-11-21', outletIds: [3, 7] }
    const path = printPath('daily-consumption', q)
    expect(path).toBe('reports/daily-consumption/print?from=2026-11-01&to=2026-11-21&outletId=3&outletId=7')
    const params = new URLSearchParams(path.split('?')[1])
    expect(queryFrom({ from: params.get('from'), to: params.get('to'), outletId: params.getAll('outletId') })).toEqual(q)
    expect(queryFrom({ from: '2026-11-01', to: '2026-11-21', outletId: '5' })).toEqual({ ...q, outletIds: [5] })
    expect(queryFrom({ from: '2026-11-01', to: '2026-11-21' })).toEqual({ ...q, outletIds: [] })
  })

  it('refuses a print address that is not a report query', () => {
    expect(queryFrom({ from: '2026-11-21', to: '2026-11-01' })).toBeNull()
    expect(queryFrom({ from: '2026-11-01', to: '2026-11-21', outletId: 'x' })).toBeNull()
    expect(queryFrom({ from: '2026-11-01', to: '2026-11-21', outletId: ['-1'] })).toBeNull()
    expect(queryFrom({})).toBeNull()
  })

  it('names the workbook by title and dates', () => {
    expect(workbookName('消费日报', { from: '2026-11-01', to: '2026-11-21', outletIds: [] })).toBe('消费日报-2026-11-01-2026-11-21.xlsx')
  })
})
