import { describe, expect, it } from 'vitest'
import type { NozzleShiftView, ShiftReport } from '@/common/api/types'
import { PRINTABLE } from '@/pages/reports/printable'
import { SHIFT_COLUMNS } from '@/pages/reports/shift-format'
import { shiftSheet } from '@/pages/reports/sheet'
import { formatVolume, parseVolume } from '@/pages/shifts/api'

const t = (key: string) => key
const heading = { organisation: 'OneCard 一卡通', outletLabel: '城东加气站', printedOn: '2026-11-22' }

function shift(over: Partial<NozzleShiftView>): NozzleShiftView {
  return {
    id: 1, terminalId: 5, machineNo: 201, nozzleNo: 1, productName: 'CNG', cardSerial: '05A0B0C1', holderName: '赵六', teamName: '甲班',
    startedAt: '2026-11-22T00:00:00Z', startVolume: 10_000, startAmountFen: 50_000, startMismatch: false, ...over,
  }
}

const report: ShiftReport = {
  from: '2026-11-22', to: '2026-11-22', outletId: 2,
  lines: [
    { shift: shift({ endedAt: '2026-11-22T08:00:00Z', endVolume: 15_050, endAmountFen: 75_000, dispensedVolume: 5_050, dispensedAmountFen: 25_000 }), cardSalesFen: 17_000, differenceFen: 8_000 },
    { shift: shift({ id: 2, cardSerial: '05A0B0C2', holderName: undefined, startVolume: 15_100, startMismatch: true, previousEndVolume: 15_050 }) },
  ],
  dispensedVolume: 5_050, dispensedAmountFen: 25_000, cardSalesFen: 17_000, differenceFen: 8_000,
}

describe('shift report sheet', () => {
  it('prints a line per shift and nozzle with volumes and yuan to two decimals, open shifts as on shift', () => {
    const sheet = shiftSheet(report, heading, t)

    expect(sheet.columns.map((c) => c.key)).toEqual(SHIFT_COLUMNS.map((c) => c.key))
    expect(sheet.rows[0]?.slice(7)).toEqual(['100.00', '150.50', '50.50', '500.00', '750.00', '250.00', '170.00', '80.00', ''])
    expect(sheet.rows[1]?.[4]).toBe('05A0B0C2')
    expect(sheet.rows[1]?.[6]).toBe('shifts.onShift')
    expect(sheet.rows[1]?.slice(7)).toEqual(['151.00', '', '', '500.00', '', '', '', '', 'shifts.mismatch'])
    expect(sheet.totals).toHaveLength(SHIFT_COLUMNS.length)
    expect(sheet.totals.slice(9)).toEqual(['50.50', '', '', '250.00', '170.00', '80.00', ''])
  })

  it('has a print view', () => {
    expect(PRINTABLE.shifts).toBeTypeOf('function')
  })

  it('reads and shows volumes in hundredths without floating point', () => {
    expect(parseVolume('150.5')).toBe(15_050)
    expect(parseVolume('0')).toBe(0)
    expect(parseVolume('-1')).toBeNull()
    expect(parseVolume('1.234')).toBeNull()
    expect(formatVolume(15_050)).toBe('150.50')
    expect(formatVolume(undefined)).toBe('')
  })
})
