import { describe, expect, it } from 'vitest'
import { emptyModeValues, readModeValues, readTime, usedModes, type ModeValues } from '@/pages/devices/modes'
import { toProductRequest } from '@/pages/devices/products'

function values(patch: Partial<ModeValues>): ModeValues {
  return { ...emptyModeValues(), ...patch }
}

describe('work mode values', () => {
  it('reads times as hours and minutes, padded, seconds optional', () => {
    expect(readTime('7:05')).toBe('07:05:00')
    expect(readTime(' 23:59:59 ')).toBe('23:59:59')
    for (const bad of ['24:00', '12:60', '12', '12:5', 'noon', '']) expect(readTime(bad)).toBeUndefined()
  })

  it('sends only the values of the modes the terminal works in, switches included', () => {
    const v = values({
      segments: [{ start: '11:00', end: '13:00', amount: '12' }],
      keys: [{ keyNo: '1', amount: '5' }],
      perHour: '10', unitMinutes: '30',
    })
    expect(readModeValues('FREE_AMOUNT', v)).toEqual({ ok: true, body: {} })
    expect(readModeValues('KEY_VALUE', v)).toEqual({ ok: true, body: { keyValues: [{ keyNo: 1, amountFen: 500 }] } })
    const switched = { ...v, switches: [{ start: '17:00', end: '19:00', mode: 'TIMED' as const, amount: 'ignored' }] }
    expect(readModeValues('FIXED_BY_SEGMENT', switched)).toEqual({ ok: true, body: {
      segments: [{ start: '11:00:00', end: '13:00:00', amountFen: 1200 }],
      timedTariff: { pricePerHourFen: 1000, roundingUnitMinutes: 30 },
      modeSwitches: [{ start: '17:00:00', end: '19:00:00', mode: 'TIMED' }],
    } })
    expect([...usedModes('FIXED', switched.switches)]).toEqual(['FIXED', 'TIMED'])
  })

  it('names what is wrong in each list', () => {
    expect(readModeValues('KEY_VALUE', values({}))).toEqual({ ok: false, problems: { keyValues: 'required' } })
    expect(readModeValues('KEY_VALUE', values({ keys: [{ keyNo: '100', amount: '1' }] }))).toEqual({ ok: false, problems: { keyValues: 'key' } })
    expect(readModeValues('KEY_VALUE', values({ keys: [{ keyNo: '3', amount: '1' }, { keyNo: '03', amount: '2' }] })))
      .toEqual({ ok: false, problems: { keyValues: 'duplicate' } })
    expect(readModeValues('KEY_VALUE', values({ keys: [{ keyNo: '3', amount: '0' }] }))).toEqual({ ok: false, problems: { keyValues: 'zero' } })
    expect(readModeValues('FIXED_BY_SEGMENT', values({ segments: [{ start: '13:00', end: '11:00', amount: '1' }] })))
      .toEqual({ ok: false, problems: { segments: 'time' } })
    expect(readModeValues('FIXED_BY_SEGMENT', values({ segments: [{ start: '10:00', end: '12:00', amount: '1' }, { start: '11:00', end: '13:00', amount: '1' }] })))
      .toEqual({ ok: false, problems: { segments: 'overlap' } })
    expect(readModeValues('TIMED', values({ perHour: '10', unitMinutes: '0' }))).toEqual({ ok: false, problems: { timedTariff: 'unit' } })
    expect(readModeValues('TIMED', values({ perHour: '10000', unitMinutes: '30' }))).toEqual({ ok: false, problems: { timedTariff: 'tooLarge' } })
    expect(readModeValues('FREE_AMOUNT', values({ switches: [{ start: '11:00', end: '13:00', mode: 'FIXED', amount: '' }] })))
      .toEqual({ ok: false, problems: { modeSwitches: 'empty' } })
  })
})

describe('product form', () => {
  it('sends the price as fen and the discount as percent, trimmed', () => {
    expect(toProductRequest({ barcode: ' 6901234567892 ', name: ' 矿泉水 ', price: '3.50', discount: '85' }))
      .toEqual({ ok: true, body: { barcode: '6901234567892', name: '矿泉水', priceFen: 350, discountPercent: 85 } })
  })

  it('refuses a bad barcode, no name, a bad price or discount', () => {
    expect(toProductRequest({ barcode: '69 01', name: '', price: '0', discount: '101' })).toEqual({ ok: false, problems: {
      barcode: 'barcode', name: 'required', priceFen: 'zero', discountPercent: 'discount',
    } })
    expect(toProductRequest({ barcode: '', name: 'x', price: '10000', discount: '100' })).toEqual({ ok: false, problems: {
      barcode: 'required', priceFen: 'tooLarge',
    } })
  })
})
