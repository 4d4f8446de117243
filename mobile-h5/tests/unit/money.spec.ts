import { describe, expect, it } from 'vitest'
import { formatFen, formatYuan } from '@/common/utils/money'

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [-0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [15000, '150.00'],
    [-1, '-0.01'],
    [-100, '-1.00'],
    [-12345, '-123.45'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, '-90071992547409.91'],
  ])('formatFen(%s) → %s', (fen, expected) => {
    expect(formatFen(fen)).toBe(expected)
  })

  it('handles bigint beyond the safe integer range exactly', () => {
    expect(formatFen(9223372036854775807n)).toBe('92233720368547758.07')
    expect(formatFen(-9223372036854775808n)).toBe('-92233720368547758.08')
  })

  it('refuses non-integer or unsafe numbers instead of rounding', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError)
    expect(() => formatFen(Number.NaN)).toThrow(RangeError)
    expect(() => formatFen(2 ** 60)).toThrow(RangeError)
  })
})

describe('formatYuan', () => {
  it('puts the sign before the currency symbol', () => {
    expect(formatYuan(15000)).toBe('¥150.00')
    expect(formatYuan(-12345)).toBe('-¥123.45')
    expect(formatYuan(0)).toBe('¥0.00')
  })
})
