import { describe, expect, it } from 'vitest'
import type { DetailLine, DetailsView } from '@/common/api/types'
import { detailCells, detailsParams, detailsPrintPath, detailsQueryFrom, emptyFilters, signedYuan, type DetailsQuery } from '@/pages/reports/details-format'
import { detailsSheet } from '@/pages/reports/sheet'

const query: DetailsQuery = { from: '2026-11-01', to: '2026-11-21', outletIds: [3], ...emptyFilters(), kinds: ['RECHARGE', 'CARD_COST'], cardNo: ' 1001 ', personId: 42 }

const line: DetailLine = {
  transferId: 9, postingId: 7, occurredAt: '2026-11-21T00:05:09Z', accountingDate: '2026-11-21', kind: 'CONSUMPTION', code: 'CONSUMPTION',
  cardNo: '1001', employeeNo: 'E7', personName: '张三', department: '食堂部', outletName: '一食堂', terminal: '00000001',
  operatorName: undefined, mealName: '早餐', amountFen: -1234, balanceAfterFen: 5000,
}

// the keys are the i18n keys, with their named values, so what is printed can be checked without the messages
const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}${JSON.stringify(named)}` : key)

describe('details report', () => {
  it('sends only the filters that are set, texts trimmed', () => {
    expect(detailsParams(query)).toEqual({
      from: '2026-11-01', to: '2026-11-21', outletId: [3], kind: ['RECHARGE', 'CARD_COST'], departmentCode: undefined, cardNo: '1001',
      terminal: undefined, personId: 42, operatorId: undefined, mealPeriodId: undefined,
    })
    expect(detailsParams({ ...query, outletIds: [], kinds: [], cardNo: '  ' })).toMatchObject({ outletId: undefined, kind: undefined, cardNo: undefined })
  })

  it('carries every filter to the print view and reads it back', () => {
    const path = detailsPrintPath(query)
    expect(path).toBe('reports/details/print?from=2026-11-01&to=2026-11-21&outletId=3&kind=RECHARGE&kind=CARD_COST&cardNo=1001&personId=42')
    const params = new URLSearchParams(path.split('?')[1])
    const back = detailsQueryFrom({ from: params.get('from'), to: params.get('to'), outletId: params.getAll('outletId'), kind: params.getAll('kind'),
      cardNo: params.get('cardNo'), personId: params.get('personId') })
    expect(back).toEqual({ ...query, cardNo: '1001' })
    expect(detailsQueryFrom({ from: '2026-11-01', to: '2026-11-21', kind: 'SUBSIDY' })).toMatchObject({ kinds: ['SUBSIDY'], outletIds: [] })
  })

  it('refuses a print address with an unknown kind, a bad id or a bad range', () => {
    expect(detailsQueryFrom({ from: '2026-11-01', to: '2026-11-21', kind: 'LOTTERY' })).toBeNull()
    expect(detailsQueryFrom({ from: '2026-11-01', to: '2026-11-21', personId: '0' })).toBeNull()
    expect(detailsQueryFrom({ from: '2026-11-01', to: '2026-11-21', operatorId: 'x' })).toBeNull()
    expect(detailsQueryFrom({ from: '2025-01-01', to: '2026-11-21' })).toBeNull()
  })

  it('signs amounts as the cardholder sees them and leaves unknown cells empty', () => {
    expect(signedYuan(500)).toBe('+5.00')
    expect(signedYuan(-1234)).toBe('-12.34')
    expect(signedYuan(0)).toBe('0.00')
    const cells = detailCells(line, (k) => `kind:${k}`)
    expect(cells.slice(1)).toEqual(['2026-11-21', 'kind:CONSUMPTION', '1001', 'E7 张三', '食堂部', '一食堂', '00000001', '', '早餐', '-12.34', '50.00', '7'])
    expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:05:09$/)
    expect(detailCells({ ...line, balanceAfterFen: undefined, employeeNo: undefined }, String)[4]).toBe('张三')
  })

  it('prints a line per kind and the totals of the whole range, saying when only the first rows are printed', () => {
    const view: DetailsView = {
      from: '2026-11-01', to: '2026-11-21', kinds: ['CONSUMPTION'], offset: 0, limit: 500, rows: [line], count: 3, amountFen: -3000,
      totalsByKind: [{ kind: 'CONSUMPTION', title: '消费', count: 3, amountFen: -3000 }],
      heading: { organisation: '示范大学', outletLabel: '一食堂', printedOn: '2026-11-22' },
    }
    const sheet = detailsSheet(view, t)
    expect(sheet.columns.map((c) => c.key)).toContain('amount')
    expect(sheet.rows).toHaveLength(1)
    const amountAt = sheet.columns.findIndex((c) => c.key === 'amount')
    expect(amountAt).toBe(10)
    expect(sheet.totals).toHaveLength(sheet.columns.length)
    expect(sheet.totals[0]).toBe('reports.details.totalLine{"count":3}')
    expect(sheet.totals[amountAt]).toBe('-30.00')
    expect(sheet.totals.filter((c) => c !== '')).toHaveLength(2)
    expect(sheet.subtotals?.[0]?.[0]).toBe('reports.details.kindLine{"kind":"reports.details.kind.CONSUMPTION","count":3}')
    expect(sheet.subtotals?.[0]?.[amountAt]).toBe('-30.00')
    expect(sheet.note).toBe('reports.details.printedPart{"shown":1,"count":3}')
    expect(detailsSheet({ ...view, count: 1 }, t).note).toBeUndefined()
  })
})
