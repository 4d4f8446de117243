import { describe, expect, it } from 'vitest'
import { fuelSalesSheet, formatVolume, parseVolume } from '@/pages/fuel/format'

describe('fuel volumes', () => {
  it('prints hundredths of the unit with two decimals', () => {
    expect(formatVolume(1234)).toBe('12.34')
    expect(formatVolume(5)).toBe('0.05')
    expect(formatVolume(-700)).toBe('-7.00')
  })

  it('reads what the operator typed without floating point, and refuses the rest', () => {
    expect(parseVolume('12.34')).toBe(1234)
    expect(parseVolume(' 12.3 ')).toBe(1230)
    expect(parseVolume('12')).toBe(1200)
    expect(parseVolume('0')).toBeNull()
    expect(parseVolume('1.234')).toBeNull()
    expect(parseVolume('-1')).toBeNull()
    expect(parseVolume('abc')).toBeNull()
  })
})

describe('fuel sales print sheet', () => {
  it('names the modes, prints volumes and fen, and totals the table', () => {
    const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}:${JSON.stringify(named)}` : key)
    const sheet = fuelSalesSheet({
      from: '2026-11-01', to: '2026-11-30', groupBy: 'CARD_MODE', sales: 3, volume: 3400, amountFen: 17000,
      lines: [{ key: 'CREDIT_AMOUNT', label: 'CREDIT_AMOUNT', sales: 2, volume: 3000, amountFen: 15000 },
        { key: 'PREPAID_AMOUNT', label: 'PREPAID_AMOUNT', sales: 1, volume: 400, amountFen: 2000 }],
    }, { organisation: 'OneCard', outletLabel: '全部营业点', printedOn: '2026-11-30' }, t)
    expect(sheet.rows[0]).toEqual(['fuel.modes.CREDIT_AMOUNT', '2', '30.00', '150.00'])
    expect(sheet.totals).toEqual(['reports.total', '3', '34.00', '170.00'])
  })
})
